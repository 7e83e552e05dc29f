// The boxes of the swarm view, one function per kind, at a given place: a node's header, a
// published port of the routing mesh, a task card, and — above the aggregation threshold — one
// count cell per node × service. Geometry (where) is layoutSwarm's; this file decides what a box
// says, what it inspects and which service marks it carries.
import { shownTaskState } from '../../engine/queries/swarm';
import type { PortConfig, SwarmNode, Task } from '../../engine/world';
import type { InspectTarget } from '../viewTypes';
import { ENDED, type CellCounts, type ServiceFact } from './swarmFacts';
import * as L from './swarmLabels';
import type { SwarmBox } from './swarmPlanTypes';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const nodeBoxId = (nodeId: string) => `node:${nodeId}`;
export const taskBoxId = (taskId: string) => `task:${taskId}`;
export const cellBoxId = (nodeId: string, serviceId: string) => `cell:${nodeId || 'pending'}:${serviceId}`;
export const meshBoxId = (host: string, p: PortConfig) => `mesh:${host}:${p.publishedPort}/${p.protocol}`;

export function serviceTarget(f: ServiceFact, host: string): InspectTarget {
  return { type: 'service', id: f.service.id, host };
}

export function legendBox(f: ServiceFact, r: Rect, host: string): SwarmBox {
  return {
    id: `svc:${f.service.id}`,
    kind: 'service',
    ...r,
    label: L.legendLabel(f),
    sub: L.legendSub(f),
    hint: L.legendHint(f),
    colour: f.index % 8,
    letter: f.letter,
    inspect: serviceTarget(f, host),
    parent: 'legend',
  };
}

export function nodeBox(node: SwarmNode, leader: string, r: Rect): SwarmBox {
  return {
    id: nodeBoxId(node.id),
    kind: 'node',
    ...r,
    label: L.nodeLabel(node),
    sub: L.nodeSub(node, leader),
    hint: L.nodeHint(node, leader),
    icon: L.roleIcon(node, leader),
    state: node.status === 'down' ? 'down' : node.availability,
    inspect: { type: 'node', id: node.id, host: node.host },
  };
}

export function meshBox(f: ServiceFact, p: PortConfig, node: SwarmNode, r: Rect, hit: boolean): SwarmBox {
  const box: SwarmBox = {
    id: meshBoxId(node.host, p),
    kind: 'mesh-port',
    ...r,
    label: L.meshLabel(p, f.service),
    hint: L.meshHint(p, f.service, node.host),
    colour: f.index % 8,
    letter: f.letter,
    inspect: serviceTarget(f, node.host),
    parent: nodeBoxId(node.id),
  };
  if (hit) Object.assign(box, { hit: true, sub: L.meshHitWord });
  return box;
}

/** running solid, on its way (pending … starting) outlined, stopping dashed, ended in history. */
function cardState(t: Task, now: number): string {
  if (ENDED.has(t.state)) return t.state === 'failed' || t.state === 'rejected' ? 'failed' : 'ended';
  if (t.desired === 'shutdown' || t.desired === 'remove') return 'stopping';
  if (!t.nodeId) return 'pending';
  return shownTaskState(t, now) === 'running' ? 'running' : 'starting';
}

export function taskBox(f: ServiceFact, t: Task, node: SwarmNode | undefined, r: Rect, now: number, fallbackHost: string): SwarmBox {
  const state = ENDED.has(t.state) ? t.state : shownTaskState(t, now);
  const host = node?.host ?? fallbackHost;
  const box: SwarmBox = {
    id: taskBoxId(t.id),
    kind: 'task',
    ...r,
    label: { bn: L.taskName(f.service, t), en: L.taskName(f.service, t) },
    sub: t.nodeId ? L.taskSub(t, state) : L.pendingSub(t),
    hint: L.taskHint(f.service, t, state, node?.host),
    state: cardState(t, now),
    colour: f.index % 8,
    letter: f.letter,
    slotKey: `${f.service.id}.${t.slot > 0 ? t.slot : t.nodeId}`,
    inspect: t.containerId ? { type: 'container', id: t.containerId, host } : { type: 'task', id: t.id, host },
    parent: t.nodeId ? nodeBoxId(t.nodeId) : 'pending',
  };
  if (ENDED.has(t.state)) box.history = true;
  return box;
}

export function cellBox(f: ServiceFact, nodeId: string, counts: CellCounts, max: number, r: Rect, host: string, reason?: string): SwarmBox {
  const total = counts.running + counts.other;
  return {
    id: cellBoxId(nodeId, f.service.id),
    kind: 'cell',
    ...r,
    label: L.cellLabel(f, total),
    sub: reason ? { bn: reason, en: reason } : L.cellSub(counts.running, counts.other, counts.ended),
    hint: L.cellHint(f, counts, reason),
    state: nodeId ? (counts.other > 0 ? 'starting' : 'running') : 'pending',
    progress: max > 0 ? total / max : 0,
    colour: f.index % 8,
    letter: f.letter,
    inspect: serviceTarget(f, host),
    parent: nodeId ? nodeBoxId(nodeId) : 'pending',
  };
}
