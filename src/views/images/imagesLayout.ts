// The image-layers view for the active terminal's host: each image a column, its layers stacked
// bottom-up and aligned by position, so that images sorted by their layer chains sit side by side
// and a layer they share (the same chain up to it) is drawn once, spanning their columns.
// Containers sit on top as thin writable layers. The last pull marks its layers: downloaded now,
// or "Already exists"; a build's layers that were not created again are CACHED.
import type { Container, Image, SimEvent, World } from '../../engine';
import { getLayerInfo, imageReferences } from '../../engine/images';
import { listContainerSnapshots } from '../../engine/tables/containerTable';
import type { LayoutOptions, Plan, PlanNode } from '../viewTypes';
import * as L from './imagesLabels';
import { pullProgress, type LayerTransfer } from './pullProgress';

export const AGGREGATE_ABOVE = 60;
const MAX_IMAGES = 16;
const MAX_RW = 3;
const PAD = 12;
const GAP = 8;
const COL_W = 124;
const ROW = 30;
const RW_H = 20;
const NAME_H = 30;
const HEADER = 26;
/** Columns side by side: the views panel is narrow, so images wrap into bands of this many. */
const BAND = 2;

/** Images in the order of their layer chains, so that shared bases are neighbours. */
function byChain(a: Image, b: Image): number {
  for (let i = 0; i < Math.min(a.layers.length, b.layers.length); i++) if (a.layers[i] !== b.layers[i]) return a.layers[i] < b.layers[i] ? -1 : 1;
  return a.layers.length - b.layers.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** What the last command did to layers: pulled or built images, and layers that were new. */
function marks(recent: readonly SimEvent[]): { images: Map<string, 'pull' | 'build'>; fresh: Set<string> } {
  const images = new Map<string, 'pull' | 'build'>();
  const fresh = new Set<string>();
  for (const e of recent) {
    // The builder's events are matched by name, so that they count as soon as it sends them.
    const ev = e as { type: string; imageId?: string; digest?: string };
    if (ev.type === 'image.pulled' && ev.imageId) images.set(ev.imageId, 'pull');
    else if (ev.type === 'image.built' && ev.imageId) images.set(ev.imageId, 'build');
    else if ((ev.type === 'layer.downloaded' || ev.type === 'layer.created') && ev.digest) fresh.add(ev.digest);
  }
  return { images, fresh };
}

/** Every tag of the image (`docker images` prints a row per tag), or `<none>:<none>`. */
function imageName(world: World, host: string, img: Image): string {
  const tags = imageReferences(world, host, img.id).filter((r) => !r.includes('@'));
  return tags.length > 0 ? tags.join(', ') : '<none>:<none>';
}

/** A layer of a pull in progress: hatched if it already existed, filling while it downloads. */
function transferState(t: LayerTransfer): Pick<PlanNode, 'state' | 'progress'> {
  if (t.status === 'Already exists') return { state: 'exists' };
  if (t.status === 'Pull complete') return { state: 'fresh' };
  return { state: 'pulling', progress: t.progress };
}

export function imagesLayout(world: World, opts: LayoutOptions): Plan {
  const host = opts.host;
  const daemon = world.hosts[host]?.daemon;
  if (!daemon) return { width: 0, height: 0, groups: [], nodes: [], edges: [], pulses: [] };
  const all = Object.values(daemon.images).sort(byChain);
  const images = all.slice(0, MAX_IMAGES);
  const containers = listContainerSnapshots(daemon);
  const aggregated = containers.length > AGGREGATE_ABOVE;
  const byImage = new Map<string, Container[]>();
  for (const c of containers) byImage.set(c.imageId, [...(byImage.get(c.imageId) ?? []), c]);
  const rwRows = (img: Image) => {
    const n = byImage.get(img.id)?.length ?? 0;
    return aggregated ? Math.min(n, 1) : Math.min(n, MAX_RW) + (n > MAX_RW ? 1 : 0);
  };
  const { images: touchedImages, fresh } = marks(opts.recent);
  const transfers = pullProgress(world, host);

  const colX = (i: number) => PAD + i * (COL_W + GAP);
  const nodes: PlanNode[] = [];
  const imageId = (img: Image) => `image:${host}:${img.id}`;
  const seen = new Set<string>();
  let bandTop = PAD + HEADER;
  for (let b = 0; b < images.length; b += BAND) {
    const baseY = bandTop + layoutBand(images.slice(b, b + BAND), bandTop);
    bandTop = baseY + 4 + NAME_H + 2 * GAP;
  }

  function layoutBand(band: Image[], top: number): number {
    const stackH = Math.max(0, ...band.map((img) => img.layers.length * ROW + rwRows(img) * RW_H));
    const baseY = top + stackH;
    band.forEach((img, i) => {
      const x = colX(i);
      nodes.push({
        id: imageId(img),
        kind: 'image',
        x,
        y: baseY + 4,
        w: COL_W,
        h: NAME_H,
        icon: '◧',
        label: { bn: imageName(world, host, img), en: imageName(world, host, img) },
        sub: L.imageSub(img.size, img.layers.length),
        hint: L.imageHint,
        inspect: { type: 'image', id: img.id, host },
        parent: `images:${host}`,
      });
      // Writable layers on top of the stack, the newest container nearest the image.
      const top = baseY - img.layers.length * ROW;
      const cs = byImage.get(img.id) ?? [];
      const rw = (k: number, node: Omit<PlanNode, 'x' | 'y' | 'w' | 'h' | 'parent'>) =>
        nodes.push({ ...node, x, y: top - (k + 1) * RW_H, w: COL_W, h: RW_H - 2, parent: imageId(img) });
      if (aggregated && cs.length > 0) rw(0, { id: `rw:${host}:${img.id}`, kind: 'aggregate', icon: '✎', label: L.containerCount(cs.length), hint: L.rwHint });
      else if (!aggregated) {
        cs.slice(0, MAX_RW).forEach((c, k) =>
          rw(k, {
            id: `rw:${host}:${c.id}`,
            kind: 'rwlayer',
            icon: '✎',
            label: { bn: c.name, en: c.name },
            hint: L.rwHint,
            state: c.state.status === 'running' ? 'running' : 'exited',
            inspect: { type: 'container', id: c.id, host },
          }),
        );
        if (cs.length > MAX_RW) rw(MAX_RW, { id: `rw:${host}:${img.id}:more`, kind: 'aggregate', label: L.moreContainers(cs.length - MAX_RW) });
      }
      // Layers that start in this column, top first; a run of neighbours with the same chain up
      // to the layer shares it.
      for (let r = img.layers.length - 1; r >= 0; r--) {
        const chain = img.layers.slice(0, r + 1).join(' ');
        if (i > 0 && band[i - 1].layers.length > r && band[i - 1].layers.slice(0, r + 1).join(' ') === chain) continue;
        let end = i;
        while (end + 1 < band.length && band[end + 1].layers.length > r && band[end + 1].layers.slice(0, r + 1).join(' ') === chain) end++;
        const run = band.slice(i, end + 1);
        const digest = img.layers[r];
        const info = getLayerInfo(world, digest);
        const kinds = run.map((m) => touchedImages.get(m.id)).filter((k) => k !== undefined);
        const mark = kinds.length === 0 ? null : fresh.has(digest) ? 'fresh' : kinds.includes('build') ? 'cached' : 'exists';
        const createdBy = img.history.filter((h) => !h.emptyLayer)[r]?.createdBy ?? world.layerStore[digest]?.createdBy ?? '';
        // A digest met again outside a run (the same layer under a different chain) gets an id of its own.
        const id = seen.has(digest) ? `layer:${host}:${digest}@${img.id}` : `layer:${host}:${digest}`;
        seen.add(digest);
        const transfer = transfers.get(digest);
        nodes.push({
          id,
          kind: 'layer',
          x: colX(i),
          y: baseY - (r + 1) * ROW,
          w: colX(end) + COL_W - colX(i),
          h: ROW - 2,
          icon: '▤',
          label: { bn: digest.slice(7, 19), en: digest.slice(7, 19) },
          sub: transfer ? L.transferSub(info.size, transfer) : L.layerSub(info.size, createdBy, mark, run.length),
          hint: { bn: `${L.layerHint.bn} — ${createdBy}`, en: `${L.layerHint.en} — ${createdBy}` },
          ...(transfer ? transferState(transfer) : mark ? { state: mark } : run.length > 1 ? { state: 'shared' } : {}),
          inspect: { type: 'layer', id: digest, host },
          parent: imageId(img),
        });
      }
    });
    return stackH;
  }
  // `bottom` is where the next row would start: the last content's bottom plus GAP.
  let bottom = images.length > 0 ? bandTop - GAP : PAD + HEADER;
  if (all.length > images.length) {
    nodes.push({ id: `images:${host}:more`, kind: 'aggregate', x: PAD, y: bottom, w: COL_W, h: NAME_H, label: L.moreImages(all.length - images.length), parent: `images:${host}` });
    bottom += NAME_H + GAP;
  }
  if (all.length === 0) {
    nodes.push({ id: `images:${host}:none`, kind: 'aggregate', x: PAD, y: bottom, w: BAND * (COL_W + GAP) - GAP, h: NAME_H, label: L.noImages, parent: `images:${host}` });
    bottom += NAME_H + GAP;
  }
  const width = colX(BAND) - GAP + PAD;
  const height = bottom - GAP + PAD;
  return {
    width,
    height,
    groups: [{ id: `images:${host}`, kind: 'stack', x: PAD / 2, y: PAD / 2, w: width - PAD, h: height - PAD, label: L.hostLabel(host, all.length) }],
    nodes,
    edges: [],
    pulses: [],
    ...(aggregated ? { aggregated: true } : {}),
  };
}
