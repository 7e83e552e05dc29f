// Docker 29's default `docker images` view (cli/command/image/tree.go), as printed without a
// terminal size: no legend, no colours; one row per tag sorted by name, untagged last; DISK
// USAGE and CONTENT SIZE right-aligned; EXTRA holds `U` for images a container uses.
import { getLayerInfo } from '../../../engine/images';
import type { ImageRow } from '../../../engine/images';
import type { World } from '../../../engine/world';
import { humanSize } from '../../format/units';

const SPACING = '   ';

interface TreeRow {
  name: string;
  id: string;
  diskUsage: string;
  contentSize: string;
  inUse: boolean;
}

function contentSize(world: World, host: string, id: string): number {
  const image = world.hosts[host].daemon.images[id];
  return image ? [...new Set(image.layers)].reduce((sum, d) => sum + getLayerInfo(world, d).compressed, 0) : 0;
}

export function renderImagesTree(world: World, host: string, rows: ImageRow[]): string {
  const tree: TreeRow[] = rows.map((r) => ({
    name: r.tag === '<none>' ? '<untagged>' : `${r.repository}:${r.tag}`,
    id: r.id.slice(0, 12),
    diskUsage: humanSize(r.size),
    contentSize: humanSize(contentSize(world, host, r.id)),
    inUse: r.containers > 0,
  }));
  const untagged = (r: TreeRow) => r.name === '<untagged>';
  tree.sort((a, b) => (untagged(a) !== untagged(b) ? (untagged(a) ? 1 : -1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const nameWidth = Math.max('Image'.length, ...tree.map((r) => r.name.length));
  const anyInUse = tree.some((r) => r.inUse);
  const extraWidth = Math.max('Extra'.length, anyInUse ? 1 : 0);
  const line = (name: string, id: string, disk: string, content: string, extra: string) =>
    [name.padEnd(nameWidth), id.padEnd(12), disk.padStart(10), content.padStart(12), extra.padEnd(extraWidth)].join(SPACING) + '\n';
  let out = line('IMAGE', 'ID', 'DISK USAGE', 'CONTENT SIZE', 'EXTRA');
  for (const r of tree) out += line(r.name, r.id, r.diskUsage, r.contentSize, anyInUse ? (r.inUse ? 'U' : ' ') : '');
  return out;
}
