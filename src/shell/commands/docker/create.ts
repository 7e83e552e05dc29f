import { createContainer } from '../../../engine/containers/createContainer';
import type { ContainerSpec } from '../../../engine/containers/containerSpec';
import type { CommandSpec } from '../../cli/flagTypes';
import { registerAfterPull } from '../../jobs/dockerJobs/pullJob';
import type { CommandContext } from '../../types';
import type { DockerSubcommand } from './subcommand';
import { containerFlags, nameFlag } from './containerFlags';
import { acceptedContainerFlags, acceptedCreateFlags } from './containerFlagsAccepted';
import { ensureImage } from './ensureImage';
import { runSpecError } from './runPrecheck';
import { errorText, reportRunError } from './errors';
import { toContainerSpec } from './runOptions';

export const createSpec: CommandSpec = {
  path: 'docker container create',
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  description: 'Create a new container',
  aliases: ['docker create'],
  stopAtFirstPositional: true,
  args: { min: 1 },
  flags: [...containerFlags, nameFlag, ...acceptedContainerFlags, ...acceptedCreateFlags('creating')].sort((a, b) => (a.long < b.long ? -1 : 1)),
};

/** What `docker create` still has to do when a pull job played the image's download out. */
interface CreateAfterPull {
  typedPath: string;
  spec: ContainerSpec;
}

function createWithImage(cx: CommandContext, typed: CommandSpec, spec: ContainerSpec): number {
  try {
    const c = createContainer(cx.ctx, cx.host, spec);
    cx.out(`${c.id}\n`);
    return 0;
  } catch (e) {
    return reportRunError(cx, typed, errorText(e), 125);
  }
}

registerAfterPull('docker-create', (cx, payload) => {
  const p = payload as CreateAfterPull;
  return createWithImage(cx, { ...createSpec, path: p.typedPath }, p.spec);
});

export const createCommand: DockerSubcommand = {
  spec: createSpec,
  // The dispatcher may pass the spec under the path typed (`docker run` vs `docker container run`).
  run(cx, args, typed: CommandSpec = createSpec) {
    const spec = toContainerSpec(args);
    const then: CreateAfterPull = { typedPath: typed.path, spec };
    const invalid = runSpecError(cx, spec);
    if (invalid !== undefined) return reportRunError(cx, typed, invalid, 125);
    const image = ensureImage(cx, typed, spec.image, { kind: 'docker-create', payload: then });
    if (image === 'failed') return 125;
    if (image === 'pulling') return 0;
    return createWithImage(cx, typed, spec);
  },
};
