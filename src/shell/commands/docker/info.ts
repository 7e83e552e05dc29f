// `docker info [-f FORMAT]`: the engine's facts from the profile, the counts from the world.
import { fillTemplate } from '../../../engine/profile/cliMessages';
import type { CommandContext } from '../../types';
import { bytesSize } from '../../format/units';
import { runInspect } from './inspectOutput';
import type { DockerSubcommand } from './subcommand';
import { listContainerRecords } from '../../../engine/tables/containerTable';
import { swarmInfoText } from './swarmInfo';

function counts(cx: CommandContext) {
  const daemon = cx.ctx.world.hosts[cx.host].daemon;
  const containers = listContainerRecords(daemon);
  const running = containers.filter((c) => c.state.status === 'running' || c.state.status === 'restarting').length;
  const paused = containers.filter((c) => c.state.status === 'paused').length;
  return { containers: containers.length, running, paused, stopped: containers.length - running - paused, images: Object.keys(daemon.images).length };
}

/** The fields `--format` templates reach (`{{.ServerVersion}}`, `{{.Containers}}` …), as the API names them. */
export function infoData(cx: CommandContext): Record<string, unknown> {
  const n = counts(cx);
  const p = cx.profile;
  const host = cx.ctx.world.hosts[cx.host];
  return {
    ID: host.daemon.id,
    Containers: n.containers,
    ContainersRunning: n.running,
    ContainersPaused: n.paused,
    ContainersStopped: n.stopped,
    Images: n.images,
    Driver: p.name === 'classic' ? 'overlay2' : 'overlayfs',
    LoggingDriver: 'json-file',
    KernelVersion: host.kernel.release,
    OperatingSystem: p.operatingSystem,
    OSType: 'linux',
    Architecture: 'x86_64',
    NCPU: 1,
    MemTotal: p.cli.info.totalMemory,
    Name: host.name,
    ServerVersion: p.version,
    Swarm: { LocalNodeState: 'inactive', NodeID: '', NodeAddr: '', ControlAvailable: false },
    DockerRootDir: p.name === 'classic' ? '/mnt/sda1/var/lib/docker' : '/var/lib/docker',
    Debug: false,
    ExperimentalBuild: false,
    LiveRestoreEnabled: false,
  };
}

export const infoCommand: DockerSubcommand = {
  spec: {
    path: 'docker info',
    usage: '[OPTIONS]',
    description: 'Display system-wide information',
    aliases: ['docker system info'],
    args: { max: 0 },
    flags: [{ long: 'format', short: 'f', kind: 'string', description: 'Format output using a custom template' }],
  },
  run(cx, args) {
    const format = args.flags.format as string | undefined;
    if (format) return runInspect(cx, ['info'], format, () => ({ value: infoData(cx) }));
    const n = counts(cx);
    const host = cx.ctx.world.hosts[cx.host];
    const info = cx.profile.cli.info;
    cx.out(
      fillTemplate(info.info, {
        ...n,
        version: cx.profile.version,
        swarm: swarmInfoText(cx, info.swarmIndent),
        kernel: host.kernel.release,
        os: cx.profile.operatingSystem,
        memory: bytesSize(info.totalMemory),
        name: host.name,
        id: host.daemon.id,
      }),
    );
    if (info.infoWarnings) cx.err(info.infoWarnings);
    return 0;
  },
};
