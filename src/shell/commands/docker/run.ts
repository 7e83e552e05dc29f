import { createContainer } from '../../../engine/containers/createContainer';
import { startContainer } from '../../../engine/containers/startContainer';
import type { ContainerSpec } from '../../../engine/containers/containerSpec';
import type { Container } from '../../../engine/world';
import type { CommandSpec, FlagSpec } from '../../cli/flagTypes';
import { registerAfterPull } from '../../jobs/dockerJobs/pullJob';
import type { CommandContext } from '../../types';
import type { DockerSubcommand } from './subcommand';
import { attachAfterStart } from './attachContainer';
import { containerFlags, nameFlag } from './containerFlags';
import { acceptedContainerFlags, acceptedCreateFlags } from './containerFlagsAccepted';
import { ensureImage } from './ensureImage';
import { runSpecError } from './runPrecheck';
import { errorText, reportRunError } from './errors';
import { toContainerSpec } from './runOptions';
import { runErrorExitCode } from './runErrors';

const runOnlyFlags: FlagSpec[] = [
  { long: 'detach', short: 'd', kind: 'bool', description: 'Run container in background and print container ID' },
  nameFlag,
  { long: 'sig-proxy', kind: 'bool', description: 'Proxy received signals to the process', defaultText: 'true' },
  { long: 'detach-keys', kind: 'string', valueName: 'string', description: 'Override the key sequence for detaching a container' },
  ...acceptedContainerFlags,
  ...acceptedCreateFlags('running'),
];

export const runSpec: CommandSpec = {
  path: 'docker container run',
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  description: 'Create and run a new container from an image',
  classicDescription: 'Run a command in a new container',
  aliases: ['docker run'],
  stopAtFirstPositional: true,
  args: { min: 1 },
  flags: [...containerFlags, ...runOnlyFlags].sort((a, b) => (a.long < b.long ? -1 : 1)),
};

/** What `docker run` still has to do when a pull job played the image's download out. */
interface RunAfterPull {
  typedPath: string;
  spec: ContainerSpec;
  detach: boolean;
}

/** Create, start and attach (or print the id with -d), once the image is on the host. */
function runWithImage(cx: CommandContext, typed: CommandSpec, spec: ContainerSpec, detach: boolean): number {
  let c: Container;
  try {
    c = createContainer(cx.ctx, cx.host, spec);
  } catch (e) {
    return reportRunError(cx, typed, errorText(e), 125);
  }
  const cursor = c.logs.length;
  try {
    startContainer(cx.ctx, cx.host, c.id);
  } catch (e) {
    const text = errorText(e);
    return reportRunError(cx, typed, text, runErrorExitCode(text), { helpHint: false });
  }
  if (detach) {
    cx.out(`${c.id}\n`);
    return 0;
  }
  return attachAfterStart(cx, c, cursor, { stdin: true });
}

registerAfterPull('docker-run', (cx, payload) => {
  const p = payload as RunAfterPull;
  return runWithImage(cx, { ...runSpec, path: p.typedPath }, p.spec, p.detach);
});

export const runCommand: DockerSubcommand = {
  spec: runSpec,
  // The dispatcher may pass the spec under the path typed (`docker run` vs `docker container run`).
  run(cx, args, typed: CommandSpec = runSpec) {
    const spec = toContainerSpec(args);
    const detach = args.flags.detach === true;
    const then: RunAfterPull = { typedPath: typed.path, spec, detach };
    const invalid = runSpecError(cx, spec);
    if (invalid !== undefined) return reportRunError(cx, typed, invalid, 125);
    const image = ensureImage(cx, typed, spec.image, { kind: 'docker-run', payload: then });
    if (image === 'failed') return 125;
    if (image === 'pulling') return 0;
    return runWithImage(cx, typed, spec, detach);
  },
};
