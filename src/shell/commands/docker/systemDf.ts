// `docker system df`: TYPE TOTAL ACTIVE SIZE RECLAIMABLE for images, containers, volumes, cache.
import { buildCacheUsage } from '../../../engine/build';
import { imageDiskUsage } from '../../../engine/images';
import { containerSizeRw } from '../../../engine/queries/containers';
import { volumeSize, volumeUsers } from '../../../engine/volumes/volumes';
import { humanSize } from '../../format/units';
import { printFormatted } from './formatted';
import type { DockerSubcommand } from './subcommand';
import { listContainerRecords } from '../../../engine/tables/containerTable';

const HEADERS = { Type: 'TYPE', TotalCount: 'TOTAL', Active: 'ACTIVE', Size: 'SIZE', Reclaimable: 'RECLAIMABLE' };

function reclaimable(bytes: number, total: number): string {
  return total > 0 ? `${humanSize(bytes)} (${Math.floor((bytes * 100) / total)}%)` : humanSize(bytes);
}

function row(type: string, total: number, active: number, size: number, free: number) {
  return { Type: type, TotalCount: String(total), Active: String(active), Size: humanSize(size), Reclaimable: reclaimable(free, size) };
}

export const systemDfCommand: DockerSubcommand = {
  spec: {
    path: 'docker system df',
    usage: '[OPTIONS]',
    description: 'Show docker disk usage',
    args: { max: 0 },
    flags: [
      { long: 'format', kind: 'string', description: 'Format output using a custom template' },
      { long: 'verbose', short: 'v', kind: 'bool', description: 'Show detailed information on space usage' },
    ],
  },
  run(cx, args) {
    const { world } = cx.ctx;
    const daemon = world.hosts[cx.host].daemon;
    const images = imageDiskUsage(world, cx.host);
    const containers = listContainerRecords(daemon);
    const running = containers.filter((c) => c.state.status === 'running' || c.state.status === 'paused' || c.state.status === 'restarting');
    const sizeOf = (list: typeof containers) => list.reduce((s, c) => s + containerSizeRw(world, cx.host, c), 0);
    const volumes = Object.values(daemon.volumes);
    const usedVolumes = volumes.filter((v) => volumeUsers(world, cx.host, v.name).length > 0);
    const volumeBytes = volumes.reduce((s, v) => s + volumeSize(v), 0);
    const usedVolumeBytes = usedVolumes.reduce((s, v) => s + volumeSize(v), 0);
    const cache = buildCacheUsage(world, cx.host);
    const rows = [
      row('Images', images.total, images.active, images.size, images.reclaimable),
      row('Containers', containers.length, running.length, sizeOf(containers), sizeOf(containers) - sizeOf(running)),
      row('Local Volumes', volumes.length, usedVolumes.length, volumeBytes, volumeBytes - usedVolumeBytes),
      row('Build Cache', cache.count, 0, cache.size, cache.size),
    ];
    const format = (args.flags.format as string | undefined) ?? 'table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}';
    return printFormatted(cx, format, rows, HEADERS);
  },
};
