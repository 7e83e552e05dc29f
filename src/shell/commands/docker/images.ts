// `docker images` / `docker image ls [REPOSITORY[:TAG]]`: the classic table (18.03, and Docker
// 29 whenever -q, --format, --digests or --no-trunc is given) or Docker 29's tree view.
import { listImages } from '../../../engine/images';
import type { ImageRow } from '../../../engine/images';
import { formatGoTimeString } from '../../format/timeFormat';
import { humanDuration, humanSize } from '../../format/units';
import { printFormatted } from './formatted';
import { renderImagesTree } from './imagesTree';
import type { DockerSubcommand } from './subcommand';

const HEADERS = {
  Repository: 'REPOSITORY',
  Tag: 'TAG',
  Digest: 'DIGEST',
  ID: 'IMAGE ID',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  Size: 'SIZE',
  Containers: 'CONTAINERS',
  VirtualSize: 'SIZE',
  SharedSize: 'SHARED SIZE',
  UniqueSize: 'UNIQUE SIZE',
};

function filterOptions(filters: string[]): { dangling?: boolean; reference?: string } {
  const out: { dangling?: boolean; reference?: string } = {};
  for (const f of filters) {
    const eq = f.indexOf('=');
    const key = eq < 0 ? f : f.slice(0, eq);
    const value = eq < 0 ? '' : f.slice(eq + 1);
    if (key === 'dangling') out.dangling = value === 'true' || value === '1';
    if (key === 'reference') out.reference = value;
  }
  return out;
}

export const imagesCommand: DockerSubcommand = {
  spec: {
    path: 'docker image ls',
    usage: '[OPTIONS] [REPOSITORY[:TAG]]',
    description: 'List images',
    aliases: ['docker image list', 'docker images'],
    args: { max: 1 },
    flags: [
      { long: 'all', short: 'a', kind: 'bool', description: 'Show all images (default hides intermediate and dangling images)' },
      { long: 'digests', kind: 'bool', description: 'Show digests' },
      { long: 'filter', short: 'f', kind: 'stringArray', valueName: 'filter', description: 'Filter output based on conditions provided' },
      { long: 'format', kind: 'string', description: 'Format output using a custom template' },
      { long: 'no-trunc', kind: 'bool', description: "Don't truncate output" },
      { long: 'quiet', short: 'q', kind: 'bool', description: 'Only show image IDs' },
      { long: 'tree', kind: 'bool', description: 'List multi-platform images as a tree (EXPERIMENTAL)' },
    ],
  },
  run(cx, args) {
    const f = args.flags;
    const { world } = cx.ctx;
    const opts = filterOptions((f.filter as string[] | undefined) ?? []);
    const reference = args.positionals[0] ?? opts.reference;
    const rows: ImageRow[] = listImages(world, cx.host, { all: f.all === true, dangling: opts.dangling, reference });
    const format = f.format as string | undefined;
    const plainFlags = f.quiet === true || f['no-trunc'] === true || f.digests === true || format !== undefined;
    if (cx.profile.cli.imagesDefaultView === 'tree' && !plainFlags) {
      cx.out(renderImagesTree(world, cx.host, rows));
      return 0;
    }
    const noTrunc = f['no-trunc'] === true;
    const data = rows.map((r) => ({
      Repository: r.repository,
      Tag: r.tag,
      Digest: r.digest,
      ID: noTrunc ? `sha256:${r.id}` : r.id.slice(0, 12),
      CreatedSince: `${humanDuration(world.now - r.created)} ago`,
      CreatedAt: formatGoTimeString(r.created),
      Size: humanSize(r.size),
      VirtualSize: humanSize(r.size),
      Containers: String(r.containers),
      SharedSize: 'N/A',
      UniqueSize: 'N/A',
    }));
    let template = format ?? (f.digests === true ? 'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}' : 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}');
    if (f.quiet === true) template = '{{.ID}}';
    return printFormatted(cx, template, data, HEADERS);
  },
};
