// Which drawn elements the last command touched: every event names objects by id, and a node is
// touched when its inspect target is one of them. Generic over views, so each view only sets
// `inspect` on its nodes to follow the terminal.
import type { SimEvent } from '../engine';
import type { InspectTarget, Plan } from './viewTypes';

export function targetKey(t: Pick<InspectTarget, 'type' | 'host' | 'id'>): string {
  return `${t.type}:${t.host}:${t.id}`;
}

/** The inspect keys an event names. */
export function eventTargetKeys(e: SimEvent): string[] {
  const k = (type: InspectTarget['type'], id: string) => targetKey({ type, host: e.host, id });
  switch (e.type) {
    case 'image.pulled':
    case 'image.removed':
    case 'image.tagged':
      return [k('image', e.imageId)];
    case 'layer.downloaded':
      return [k('layer', e.digest)];
    case 'container.created':
    case 'container.started':
    case 'container.stopped':
    case 'container.killed':
    case 'container.removed':
    case 'container.restarted':
      return [k('container', e.containerId)];
    case 'process.started':
    case 'process.exited':
      return [k('process', String(e.pid))];
    case 'network.created':
    case 'network.removed':
      return [k('network', e.networkId)];
    case 'network.connected':
    case 'network.disconnected':
      return [k('network', e.networkId), k('container', e.containerId)];
    case 'volume.created':
    case 'volume.removed':
      return [k('volume', e.name)];
    default:
      return [];
  }
}

/** Ids of the plan's nodes (and groups) whose inspect target an event names. */
export function touchedNodes(plan: Plan, events: readonly SimEvent[]): Set<string> {
  const keys = new Set<string>();
  for (const e of events) for (const key of eventTargetKeys(e)) keys.add(key);
  const out = new Set<string>();
  if (keys.size === 0) return out;
  for (const n of plan.nodes) if (n.inspect && keys.has(targetKey(n.inspect))) out.add(n.id);
  return out;
}
