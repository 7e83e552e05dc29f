// Where a new task goes: among ready, active nodes that satisfy the service's constraints and
// have memory for its reservation, the node with the fewest tasks of this service, then the
// fewest tasks overall (swarmkit's spread), ties by hostname. When none fits, swarmkit's reason.
import { getProfile } from '../profile';
import type { Cluster, Service, SwarmNode, World } from '../world';

/** Live tasks per node, counted once per orchestrator pass. */
export interface NodeLoad {
  total: Record<string, number>;
  /** `serviceId nodeId` → count */
  perService: Record<string, number>;
  /** Reserved memory per node. */
  reserved: Record<string, number>;
}

export function emptyLoad(): NodeLoad {
  return { total: {}, perService: {}, reserved: {} };
}

export function addLoad(load: NodeLoad, service: Service, nodeId: string): void {
  load.total[nodeId] = (load.total[nodeId] ?? 0) + 1;
  const key = `${service.id} ${nodeId}`;
  load.perService[key] = (load.perService[key] ?? 0) + 1;
  load.reserved[nodeId] = (load.reserved[nodeId] ?? 0) + service.spec.reserveMemory;
}

/** `node.role==manager`, `node.hostname!=x`, `node.labels.zone==a`, `node.id==…`. */
export function meetsConstraint(node: SwarmNode, expr: string): boolean {
  const m = /^\s*([^=!\s]+)\s*(==|!=)\s*(.*?)\s*$/.exec(expr);
  if (!m) return false;
  const [, key, op, want] = m;
  let have: string | undefined;
  if (key === 'node.role') have = node.role;
  else if (key === 'node.hostname') have = node.host;
  else if (key === 'node.id') have = node.id;
  else if (key.startsWith('node.labels.')) have = node.labels[key.slice('node.labels.'.length)];
  else if (key === 'node.platform.os') have = 'linux';
  else if (key === 'node.platform.arch') have = 'x86_64';
  const equal = have !== undefined && have.toLowerCase() === want.toLowerCase();
  return op === '==' ? equal : !equal;
}

const nodes = (n: number) => `${n} node${n === 1 ? '' : 's'}`;

export type Placement = { nodeId: string } | { reason: string };

export function placeTask(world: World, cluster: Cluster, service: Service, load: NodeLoad, only?: string): Placement {
  const memory = getProfile(world).cli.info.totalMemory;
  let unavailable = 0;
  let constrained = 0;
  let noMemory = 0;
  const fits: SwarmNode[] = [];
  for (const node of Object.values(cluster.nodes)) {
    if (only && node.id !== only) continue;
    if (node.status !== 'ready' || node.availability !== 'active') unavailable++;
    else if (!service.spec.constraints.every((c) => meetsConstraint(node, c))) constrained++;
    else if (service.spec.reserveMemory && (load.reserved[node.id] ?? 0) + service.spec.reserveMemory > memory) noMemory++;
    else fits.push(node);
  }
  if (fits.length === 0) {
    const parts: string[] = [];
    if (unavailable) parts.push(`${nodes(unavailable)} not available for new tasks`);
    if (noMemory) parts.push(`insufficient resources on ${nodes(noMemory)}`);
    if (constrained) parts.push(`scheduling constraints not satisfied on ${nodes(constrained)}`);
    return { reason: `no suitable node (${parts.join('; ')})` };
  }
  fits.sort((a, b) => {
    const sa = load.perService[`${service.id} ${a.id}`] ?? 0;
    const sb = load.perService[`${service.id} ${b.id}`] ?? 0;
    if (sa !== sb) return sa - sb;
    const ta = load.total[a.id] ?? 0;
    const tb = load.total[b.id] ?? 0;
    if (ta !== tb) return ta - tb;
    return a.host < b.host ? -1 : a.host > b.host ? 1 : 0;
  });
  return { nodeId: fits[0].id };
}
