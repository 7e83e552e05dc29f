// `docker inspect [-f FORMAT] [--type TYPE] NAME|ID...`: any object, tried in the CLI's order
// (container, image, network, volume) unless --type narrows it.
import { fillTemplate } from '../../../engine/profile/cliMessages';
import { findImage, imageInspectJson } from '../../../engine/images';
import { findNetwork } from '../../../engine/network/getNetwork';
import { getContainer } from '../../../engine/queries/containers';
import { containerInspectJson } from '../../../engine/queries/containerInspect';
import { hostSnapshot } from '../../../engine/snapshot';
import type { World } from '../../../engine/world';
import type { CommandContext } from '../../types';
import { runInspect } from './inspectOutput';
import { networkJson, volumeJson } from './objectJson';
import type { DockerSubcommand } from './subcommand';

type Finder = (world: World, cx: CommandContext, ref: string) => unknown;

const FINDERS: Record<string, Finder> = {
  container: (world, cx, ref) => {
    const c = getContainer(world, cx.host, ref);
    return c && containerInspectJson(world, cx.host, c);
  },
  image: (world, cx, ref) => {
    const image = findImage(world, cx.host, ref);
    return image && imageInspectJson(world, cx.host, image);
  },
  network: (world, cx, ref) => {
    const net = findNetwork(world, cx.host, ref);
    return net && networkJson(world, cx.host, net, cx.profile);
  },
  volume: (world, cx, ref) => {
    const vol = world.hosts[cx.host].daemon.volumes[ref];
    return vol && volumeJson(vol);
  },
};

const ALL_TYPES = ['config', 'container', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'task', 'volume'];

export const inspectCommand: DockerSubcommand = {
  spec: {
    path: 'docker inspect',
    usage: '[OPTIONS] NAME|ID [NAME|ID...]',
    description: 'Return low-level information on Docker objects',
    args: { min: 1 },
    flags: [
      { long: 'format', short: 'f', kind: 'string', description: 'Format output using a custom template' },
      { long: 'size', short: 's', kind: 'bool', description: 'Display total file sizes if the type is container' },
      { long: 'type', kind: 'string', description: 'Only inspect objects of the given type' },
    ],
  },
  run(cx, args) {
    const type = args.flags.type as string | undefined;
    if (type !== undefined && !ALL_TYPES.includes(type)) {
      cx.err(`${fillTemplate(cx.profile.cli.inspectBadType, { type })}\n`);
      return 1;
    }
    const kinds = type ? [type] : Object.keys(FINDERS);
    // Read-only lookups: a snapshot spares immer copying each table a found object sits in.
    const world = hostSnapshot(cx.ctx.world, cx.host);
    return runInspect(cx, args.positionals, args.flags.format as string | undefined, (ref) => {
      for (const kind of kinds) {
        const value = FINDERS[kind]?.(world, cx, ref);
        if (value) return { value };
      }
      return { error: fillTemplate(cx.profile.cli.inspectNotFound, { name: ref }) };
    });
  },
};
