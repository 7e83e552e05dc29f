// The machine view: hardware at the bottom, the hypervisor on it, one VM per docker host, each
// with its own kernel; above each kernel the user space: the host's own processes and every
// container as an isolated box with its processes (PID inside and host PID), namespaces and
// cgroup limits. Many containers are drawn as counts per image instead (plan.aggregated).
import type { Container, Host, Process, World } from '../../engine';
import { listContainerSnapshots } from '../../engine/tables/containerTable';
import { listProcessSnapshots } from '../../engine/tables/processTable';
import type { LayoutOptions, Plan, PlanGroup, PlanNode } from '../viewTypes';
import * as L from './machineLabels';
import { machinePulses } from './machinePulses';

/** Above this many containers on one host, boxes become counts per image. */
export const AGGREGATE_ABOVE = 60;
const MAX_PROCS = 3;
const NS_ORDER = ['pid', 'net', 'mnt', 'uts', 'ipc'] as const;
const MAX_AGGREGATES = 8;
const PAD = 12;
const GAP = 10;
const BOX_W = 200;
const ROW = 30;
const HEAD = 40;
const HOST_HEAD = 24;
/** The views panel is narrow: one column of boxes reads best, unless there are many. */
const COLS_FEW = 1;
const COLS_MANY = 3;
const MANY = 8;
const KERNEL_H = 40;
const BAR_H = 36;

interface Column {
  groups: PlanGroup[];
  nodes: PlanNode[];
  w: number;
  h: number;
}

function chunkCount(chunks: readonly (readonly unknown[])[]): number {
  let n = 0;
  for (const c of chunks) n += c.length;
  return n;
}

function processNode(p: Process, host: string, x: number, y: number, w: number, parent: string): PlanNode {
  return {
    id: `proc:${host}:${p.pid}`,
    kind: 'process',
    x,
    y,
    w,
    h: ROW - 4,
    icon: '▸',
    label: { bn: p.argv.join(' '), en: p.argv.join(' ') },
    sub: L.processSub(p.nsPid, p.pid, !!p.containerId),
    inspect: { type: 'process', id: String(p.pid), host },
    parent,
  };
}

/** One container box: its header, then namespaces and cgroup, then its processes. */
function containerNodes(c: Container, procs: Process[], host: string, x: number, y: number, cgroupLimits: { memory: number; nanoCpus: number }): PlanNode[] {
  const id = `container:${host}:${c.id}`;
  const live = procs.length > 0;
  const shown = procs.slice(0, MAX_PROCS);
  const more = procs.length - shown.length;
  const h = HEAD + (live ? ROW * (1 + shown.length + (more > 0 ? 1 : 0)) + 4 : 0);
  const state = c.state.status === 'running' ? 'running' : c.state.status === 'created' ? 'created' : c.state.status === 'paused' ? 'paused' : 'exited';
  const out: PlanNode[] = [
    {
      id,
      kind: 'container',
      x,
      y,
      w: BOX_W,
      h,
      icon: '▣',
      label: { bn: c.name, en: c.name },
      sub: L.containerSub(c),
      hint: L.containerHint,
      state,
      inspect: { type: 'container', id: c.id, host },
    },
  ];
  if (!live) return out;
  let py = y + HEAD;
  out.push({
    id: `limits:${host}:${c.id}`,
    kind: 'limits',
    x: x + 6,
    y: py,
    w: BOX_W - 12,
    h: ROW - 4,
    label: L.nsLabel(NS_ORDER.filter((k) => c.ns[k])),
    sub: L.cgroupLabel(cgroupLimits.memory, cgroupLimits.nanoCpus),
    hint: { bn: Object.values(c.ns).join(' '), en: Object.values(c.ns).join(' ') },
    parent: id,
  });
  py += ROW;
  for (const p of shown) {
    out.push(processNode(p, host, x + 6, py, BOX_W - 12, id));
    py += ROW;
  }
  if (more > 0) out.push({ id: `more:${host}:${c.id}`, kind: 'aggregate', x: x + 6, y: py, w: BOX_W - 12, h: ROW - 4, label: L.moreProcesses(more), parent: id });
  return out;
}

/** Boxes laid out in rows of `cols`, each row as tall as its tallest box. */
function placeBoxes(boxes: ((x: number, y: number) => PlanNode[])[], x0: number, y0: number, cols: number): { nodes: PlanNode[]; h: number; w: number } {
  const nodes: PlanNode[] = [];
  let y = y0;
  let maxW = 0;
  for (let i = 0; i < boxes.length; i += cols) {
    let rowH = 0;
    boxes.slice(i, i + cols).forEach((make, j) => {
      const made = make(x0 + j * (BOX_W + GAP), y);
      rowH = Math.max(rowH, made[0].h);
      maxW = Math.max(maxW, (j + 1) * (BOX_W + GAP) - GAP);
      nodes.push(...made);
    });
    y += rowH + GAP;
  }
  return { nodes, h: y - y0, w: maxW };
}

function aggregateBoxes(containers: Container[], host: string, vmId: string): ((x: number, y: number) => PlanNode[])[] {
  const byImage = new Map<string, { total: number; running: number }>();
  for (const c of containers) {
    const e = byImage.get(c.imageRef) ?? { total: 0, running: 0 };
    e.total++;
    if (c.state.status === 'running') e.running++;
    byImage.set(c.imageRef, e);
  }
  const entries = [...byImage.entries()].sort((a, b) => b[1].total - a[1].total || (a[0] < b[0] ? -1 : 1));
  const shown = entries.slice(0, MAX_AGGREGATES);
  const rest = entries.slice(MAX_AGGREGATES);
  const box = (id: string, label: PlanNode['label'], sub: PlanNode['sub']) => (x: number, y: number): PlanNode[] => [
    { id, kind: 'aggregate', x, y, w: BOX_W, h: HEAD, icon: '▣', label, sub, parent: vmId },
  ];
  const out = shown.map(([image, e]) => box(`agg:${host}:${image}`, L.aggregateLabel(image, e.total), L.aggregateSub(e.running)));
  if (rest.length > 0) {
    const total = rest.reduce((n, [, e]) => n + e.total, 0);
    const running = rest.reduce((n, [, e]) => n + e.running, 0);
    out.push(box(`agg:${host}:*`, L.moreImages(rest.length, total), L.aggregateSub(running)));
  }
  return out;
}

function vmColumn(world: World, host: Host, x0: number, y0: number): { col: Column; aggregated: boolean } {
  const name = host.name;
  const vmId = `vm:${name}`;
  const usId = `userspace:${name}`;
  const containers = listContainerSnapshots(host.daemon);
  const procs = listProcessSnapshots(host.kernel);
  const cgroups = new Map<string, { memory: number; nanoCpus: number }>();
  for (const chunk of host.kernel.cgroups) for (const g of chunk) cgroups.set(g.path, { memory: g.memoryLimit, nanoCpus: g.nanoCpus });
  const aggregated = containers.length > AGGREGATE_ABOVE;

  const inner = x0 + PAD;
  let y = y0 + 28;
  const hostProcs = procs.filter((p) => !p.containerId);
  const hostBox = (x: number, yy: number): PlanNode[] => {
    // A one-line header: this box has a label and no second line.
    const box: PlanNode = { id: `hostprocs:${name}`, kind: 'hostprocs', x, y: yy, w: BOX_W, h: HOST_HEAD + ROW * Math.min(hostProcs.length, MAX_PROCS), icon: '▤', label: L.hostProcsLabel, inspect: { type: 'host', id: name, host: name }, parent: usId };
    return [box, ...hostProcs.slice(0, MAX_PROCS).map((p, i) => processNode(p, name, x + 6, yy + HOST_HEAD + i * ROW, BOX_W - 12, box.id))];
  };

  let boxes: ((x: number, y: number) => PlanNode[])[];
  if (aggregated) boxes = aggregateBoxes(containers, name, usId);
  else {
    const byContainer = new Map<string, Process[]>();
    for (const p of procs) if (p.containerId) byContainer.set(p.containerId, [...(byContainer.get(p.containerId) ?? []), p]);
    boxes = containers.map((c) => (x: number, yy: number) => {
      const made = containerNodes(c, byContainer.get(c.id) ?? [], name, x, yy, cgroups.get(`/docker/${c.id}`) ?? { memory: 0, nanoCpus: 0 });
      made[0].parent = usId;
      return made;
    });
  }
  const cols = !aggregated && containers.length > MANY ? COLS_MANY : COLS_FEW;
  const placed = placeBoxes([hostBox, ...boxes], inner + PAD, y + 24, cols);
  const nodes = placed.nodes;
  const usH = 24 + placed.h - GAP + PAD;
  const usW = PAD + placed.w + PAD;
  const userSpace: PlanGroup = { id: usId, kind: 'userspace', x: inner, y, w: usW, h: usH, label: L.userSpaceLabel, parent: vmId };
  y += usH + GAP;
  const kernel: PlanNode = {
    id: `kernel:${name}`,
    kind: 'kernel',
    x: inner,
    y,
    w: usW,
    h: KERNEL_H,
    icon: '⚙',
    label: L.kernelLabel(host.kernel.release),
    sub: L.kernelSub(chunkCount(host.kernel.namespaces), chunkCount(host.kernel.cgroups)),
    hint: L.kernelHint,
    inspect: { type: 'host', id: name, host: name },
    parent: vmId,
  };
  y += KERNEL_H + PAD;
  const w = usW + 2 * PAD;
  const vm: PlanGroup = { id: vmId, kind: 'vm', x: x0, y: y0, w, h: y - y0, label: L.vmLabel(name, host.ip, host.daemon.running), parent: 'hypervisor' };
  // The kernel is listed before the user space nodes so that keyboard order reads bottom-up.
  return { col: { groups: [vm, userSpace], nodes: [kernel, ...nodes], w, h: y - y0 }, aggregated };
}

export function machineLayout(world: World, opts: LayoutOptions): Plan {
  // The active terminal's host first, the others by name, as docker-machine ls lists them.
  const names = Object.keys(world.hosts).sort((a, b) => (a === opts.host ? -1 : b === opts.host ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const groups: PlanGroup[] = [];
  const vmNodes: PlanNode[] = [];
  let x = PAD;
  let h = 0;
  let aggregated = false;
  for (const name of names) {
    const { col, aggregated: agg } = vmColumn(world, world.hosts[name], x, PAD);
    groups.push(...col.groups);
    vmNodes.push(...col.nodes);
    aggregated ||= agg;
    x += col.w + GAP;
    h = Math.max(h, col.h);
  }
  const width = x - GAP + PAD;
  const hvY = PAD + h + GAP;
  const hypervisor: PlanNode = { id: 'hypervisor', kind: 'hypervisor', x: PAD, y: hvY, w: width - 2 * PAD, h: BAR_H, icon: '◫', label: L.hypervisorLabel, hint: L.hypervisorHint, parent: 'hardware' };
  const hardware: PlanNode = { id: 'hardware', kind: 'hardware', x: PAD, y: hvY + BAR_H + GAP, w: width - 2 * PAD, h: BAR_H, icon: '▦', label: L.hardwareLabel, hint: L.hardwareHint };
  const nodes = [hardware, hypervisor, ...vmNodes];
  return {
    width,
    height: hardware.y + BAR_H + PAD,
    groups,
    nodes,
    edges: [],
    pulses: machinePulses(nodes, opts.recent, opts.batch),
    ...(aggregated ? { aggregated: true } : {}),
  };
}
