// Instructions that only change the image config (ENV, CMD, ENTRYPOINT, EXPOSE, LABEL, USER,
// VOLUME, STOPSIGNAL, HEALTHCHECK, SHELL, MAINTAINER, ONBUILD, ARG): apply one to the stage and
// return the commit message each builder records for it, or undefined when no history entry is
// written (BuildKit's SHELL and ONBUILD, an ARG in the classic builder).
import type { CommandForm, Instruction } from './dockerfile/dockerfileTypes';
import type { BuilderKind } from './buildTypes';
import { goDuration, goList, goQuote, goQuoteList, parseGoDuration } from './goText';
import { commandMessage } from './historyText';
import { setEnv, type StageState } from './stageState';

export type Expand = (word: string) => string;

export function resolveCommand(form: CommandForm, shell: string[]): string[] {
  return form.form === 'exec' ? [...form.argv] : [...shell, form.text];
}

function normalizePort(port: string): string {
  return port.includes('/') ? port.toLowerCase() : `${port}/tcp`;
}

interface Health {
  test: string[];
  interval?: string;
  timeout?: string;
  startPeriod?: string;
  retries?: number;
}

function healthMessage(builder: BuilderKind, h: Health): string {
  const retries = builder === 'classic' ? `'\\x${(h.retries ?? 0).toString(16).padStart(2, '0')}'` : String(h.retries ?? 0);
  const d = (v?: string) => goQuote(goDuration(v ? (parseGoDuration(v) ?? 0) : 0));
  return `HEALTHCHECK &{${goQuoteList(h.test)} ${d(h.interval)} ${d(h.timeout)} ${d(h.startPeriod)} ${retries}}`;
}

/** Applies a metadata instruction; returns the commit message, or undefined for none. */
export function applyMetadata(builder: BuilderKind, state: StageState, ins: Instruction, expand: Expand): string | undefined {
  const config = state.config;
  switch (ins.kind) {
    case 'ENV': {
      const pairs = ins.pairs.map(([k, v]) => [k, expand(v)] as const);
      for (const [k, v] of pairs) setEnv(config, k, v);
      return `ENV ${pairs.map(([k, v]) => `${k}=${v}`).join(' ')}`;
    }
    case 'LABEL': {
      const pairs = ins.pairs.map(([k, v]) => [expand(k), expand(v)] as const);
      for (const [k, v] of pairs) config.labels[k] = v;
      return `LABEL ${pairs.map(([k, v]) => `${k}=${v}`).join(' ')}`;
    }
    case 'CMD':
      config.cmd = resolveCommand(ins.command, state.shell);
      state.cmdSet = true;
      return commandMessage('CMD', config.cmd);
    case 'ENTRYPOINT':
      config.entrypoint = resolveCommand(ins.command, state.shell);
      // An ENTRYPOINT drops the base image's CMD unless this Dockerfile set one.
      if (!state.cmdSet) config.cmd = null;
      return commandMessage('ENTRYPOINT', config.entrypoint);
    case 'EXPOSE': {
      const ports = ins.ports.flatMap((p) => expand(p).split(/\s+/).filter(Boolean));
      for (const p of ports.map(normalizePort)) if (!config.exposedPorts.includes(p)) config.exposedPorts.push(p);
      config.exposedPorts.sort();
      if (builder === 'classic') return `EXPOSE ${ports.join(' ')}`;
      return `EXPOSE map[${[...new Set(ports.map(normalizePort))].sort().map((p) => `${p}:{}`).join(' ')}]`;
    }
    case 'USER':
      config.user = expand(ins.user);
      return `USER ${config.user}`;
    case 'VOLUME': {
      const paths = ins.paths.map(expand);
      for (const p of paths) if (!config.volumes.includes(p)) config.volumes.push(p);
      return `VOLUME ${goList(paths)}`;
    }
    case 'STOPSIGNAL':
      config.stopSignal = expand(ins.signal);
      return `STOPSIGNAL ${config.stopSignal}`;
    case 'HEALTHCHECK': {
      const test = !ins.test ? ['NONE'] : ins.test.form === 'exec' ? [...ins.test.argv] : ['CMD-SHELL', ins.test.text];
      const h = { test, interval: ins.interval, timeout: ins.timeout, startPeriod: ins.startPeriod, retries: ins.retries };
      const ns = (v?: string) => (v ? (parseGoDuration(v) ?? 0) * 1_000_000 : undefined);
      config.healthcheck = { test, interval: ns(h.interval), timeout: ns(h.timeout), startPeriod: ns(h.startPeriod), retries: h.retries };
      return healthMessage(builder, h);
    }
    case 'SHELL':
      state.shell = [...ins.argv];
      return builder === 'classic' ? `SHELL ${goList(ins.argv)}` : undefined;
    case 'ARG':
      return `ARG ${ins.args.map((a) => (a.defaultValue !== undefined ? `${a.name}=${a.defaultValue}` : a.name)).join(' ')}`;
    case 'MAINTAINER':
      return `MAINTAINER ${ins.name}`;
    case 'ONBUILD':
      return builder === 'classic' ? `ONBUILD ${ins.trigger}` : undefined;
    default:
      return undefined;
  }
}
