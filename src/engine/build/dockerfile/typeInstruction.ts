// Pass two: a parsed node becomes a typed Instruction, with the checks and texts of Docker's
// instructions package (buildkit frontend/dockerfile/instructions/parse.go; 18.03's
// builder/dockerfile/instructions/parse.go where the era differs).
import type { DockerfileMessages } from '../../profile/dockerfileMessages';
import type { CommandForm, Instruction } from './dockerfileTypes';
import {
  errAtLeastOneArgument, errBlankNames, errExactlyOneArgument, errNotJson, instructionError, INSTRUCTION_NAMES, suggest,
} from './dockerfileErrors';
import { parseGoDuration } from './goDuration';
import { parseFlags, stringFlag } from './instructionFlags';
import { goQuote, type InstructionNode } from './instructionNode';

type Body = Instruction extends infer I ? (I extends Instruction ? Omit<I, 'line' | 'endLine' | 'original'> : never) : never;

const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

export function typeInstruction(node: InstructionNode, original: string, msg: DockerfileMessages): Body {
  const { kind, args } = node;
  const flags = (name = kind) => parseFlags(node.flags, name, msg);
  switch (kind) {
    case 'ENV':
    case 'LABEL': {
      flags();
      const pairs = node.pairs ?? [];
      if (pairs.length === 0) throw errAtLeastOneArgument(kind);
      if (pairs.some(([k]) => k === '')) throw errBlankNames(kind);
      return { kind, pairs };
    }
    case 'MAINTAINER':
      if (args.length !== 1) throw errExactlyOneArgument(kind);
      flags();
      return { kind, name: args[0] };
    case 'ADD':
    case 'COPY': {
      if (args.length < 2) throw instructionError(msg.noDestination(kind));
      const f = flags();
      const sources = args.slice(0, -1);
      const dest = args[args.length - 1];
      const from = kind === 'COPY' ? stringFlag(f, 'from') : undefined;
      return { kind, sources, dest, jsonForm: node.json, ...defined({ from, chown: stringFlag(f, 'chown'), chmod: stringFlag(f, 'chmod') }) };
    }
    case 'FROM': {
      const stage = stageName(args, msg);
      const platform = stringFlag(flags(), 'platform');
      return { kind, image: args[0], ...defined({ stage, platform }) };
    }
    case 'ONBUILD': {
      if (args.length === 0) throw errAtLeastOneArgument(kind);
      flags();
      const trigger = args[0].trim().toUpperCase();
      if (trigger === 'ONBUILD') throw instructionError('Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed');
      if (trigger === 'MAINTAINER' || trigger === 'FROM') throw instructionError(`${trigger} isn't allowed as an ONBUILD trigger`);
      return { kind, trigger: original.replace(/^\s*ONBUILD\s*/i, '') };
    }
    case 'WORKDIR':
    case 'USER':
      if (args.length !== 1) throw errExactlyOneArgument(kind);
      flags();
      return kind === 'WORKDIR' ? { kind, path: args[0] } : { kind, user: args[0] };
    case 'RUN':
    case 'CMD':
    case 'ENTRYPOINT':
      flags();
      return { kind, command: commandForm(node, args) };
    case 'HEALTHCHECK':
      return healthcheck(node, flags, msg);
    case 'EXPOSE':
      if (args.length === 0) throw errAtLeastOneArgument(kind);
      flags();
      return { kind, ports: args };
    case 'VOLUME': {
      if (args.length === 0) throw errAtLeastOneArgument(kind);
      flags();
      const paths = args.map((v) => v.trim());
      if (paths.includes('')) throw instructionError('VOLUME specified can not be an empty string');
      return { kind, paths };
    }
    case 'STOPSIGNAL':
      // Docker parses no flags here: a `--flag` word is silently dropped.
      if (args.length !== 1) throw errExactlyOneArgument(kind);
      return { kind, signal: args[0] };
    case 'ARG':
      return argInstruction(args, msg);
    case 'SHELL':
      flags();
      if (args.length === 0) throw errAtLeastOneArgument(kind);
      if (!node.json) throw errNotJson(kind);
      return { kind, argv: args };
    default:
      throw instructionError(msg.unknownInstruction(node.keyword, suggest(node.keyword, INSTRUCTION_NAMES, false)));
  }
}

function stageName(args: string[], msg: DockerfileMessages): string | undefined {
  if (args.length === 3 && args[1].toLowerCase() === 'as') {
    const name = args[2].toLowerCase();
    if (!STAGE_NAME.test(name)) {
      const shown = msg.stageNameAsWritten ? args[2] : name;
      throw instructionError(`invalid name for build stage: ${goQuote(shown)}, name can't start with a number or contain symbols`);
    }
    return name;
  }
  if (args.length !== 1) throw instructionError('FROM requires either one or three arguments');
  return undefined;
}

function argInstruction(args: string[], msg: DockerfileMessages): Body {
  if (msg.argTakesMany ? args.length < 1 : args.length !== 1) {
    throw msg.argTakesMany ? errAtLeastOneArgument('ARG') : errExactlyOneArgument('ARG');
  }
  return {
    kind: 'ARG',
    args: args.map((arg) => {
      const eq = arg.indexOf('=');
      if (eq < 0) return { name: arg };
      if (eq === 0) throw errBlankNames('ARG');
      return { name: arg.slice(0, eq), defaultValue: arg.slice(eq + 1) };
    }),
  };
}

function commandForm(node: InstructionNode, args: string[]): CommandForm {
  return node.json ? { form: 'exec', argv: args } : { form: 'shell', text: args.join(' ') };
}

function healthcheck(node: InstructionNode, flags: () => ReturnType<typeof parseFlags>, msg: DockerfileMessages): Body {
  if (node.args.length === 0) throw errAtLeastOneArgument('HEALTHCHECK');
  const type = node.args[0].toUpperCase();
  const rest = node.args.slice(1);
  if (type === 'NONE') {
    if (rest.length !== 0) throw instructionError('HEALTHCHECK NONE takes no arguments');
    return { kind: 'HEALTHCHECK', test: null };
  }
  const f = flags();
  if (type !== 'CMD') throw instructionError(`Unknown type ${goQuote(type)} in HEALTHCHECK (try CMD)`);
  if (rest.length === 0) throw instructionError('Missing command after HEALTHCHECK CMD');
  const interval = duration(stringFlag(f, 'interval'), 'interval', msg);
  const timeout = duration(stringFlag(f, 'timeout'), 'timeout', msg);
  const startPeriod = duration(stringFlag(f, 'start-period'), 'start-period', msg);
  duration(stringFlag(f, 'start-interval'), 'start-interval', msg);
  const retries = retriesFlag(stringFlag(f, 'retries'), msg);
  return { kind: 'HEALTHCHECK', test: commandForm(node, rest), ...defined({ interval, timeout, startPeriod, retries }) };
}

function duration(value: string | undefined, name: string, msg: DockerfileMessages): string | undefined {
  if (!value) return undefined;
  const ms = parseGoDuration(value, msg.quotedDurationErrors);
  if (ms === 0 && msg.zeroDurationAllowed) return value;
  if (ms < 1) throw instructionError(`Interval ${goQuote(name)} cannot be less than 1ms`);
  return value;
}

function retriesFlag(value: string | undefined, msg: DockerfileMessages): number | undefined {
  if (!value) return undefined;
  if (!/^[+-]?\d+$/.test(value)) throw instructionError(`strconv.ParseInt: parsing ${goQuote(value)}: invalid syntax`);
  const n = Number(value);
  if (Math.abs(n) > 2 ** 31 - 1) throw instructionError(`strconv.ParseInt: parsing ${goQuote(value)}: value out of range`);
  if (n < msg.retriesMin) throw instructionError(msg.retriesError(n));
  return n;
}

/** Drops undefined fields so a parsed instruction has only what the Dockerfile said. */
function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
