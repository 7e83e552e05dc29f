// A node as the API returns it (swarm.Node: ID, Version, times, Spec, Description, Status,
// ManagerStatus), in the daemon's key order, from the cluster record and the era's engine facts.
import { isReachable } from '../../../engine/swarm/cluster';
import { CA_SUBJECT_B64, caPublicKey, caTrustRoot } from '../../../engine/swarm/caCert';
import { hostAddresses } from '../../../engine/swarm/membership';
import { SWARM_PORT } from '../../../engine/swarm/membership';
import { toRfc3339Nano } from '../../../engine/time';
import type { Profile } from '../../../engine/profile';
import type { Cluster, SwarmNode } from '../../../engine/world';
import type { CommandContext } from '../../types';

/** The engine's plugins as the swarm executor reports them: overlay added, deduplicated, sorted by type then name. */
export function enginePlugins(profile: Profile): { Type: string; Name: string }[] {
  const info = profile.cli.info.info;
  const list = (type: string) => (new RegExp(`^\\s*${type}: (.*)$`, 'm').exec(info)?.[1] ?? '').split(' ').filter(Boolean);
  const out: { Type: string; Name: string }[] = [];
  for (const [type, names] of [
    ['Log', list('Log')],
    ['Network', [...new Set([...list('Network'), 'overlay'])]],
    ['Volume', list('Volume')],
  ] as const) {
    for (const name of [...names].sort()) out.push({ Type: type, Name: name });
  }
  return out;
}

/** docker-machine's boot2docker VMs carry the engine label provider=virtualbox. */
export function engineLabels(cx: CommandContext, node: SwarmNode): Record<string, string> {
  return hostAddresses(cx.ctx, node.host).length > 1 ? { provider: 'virtualbox' } : {};
}

export function reachability(cx: CommandContext, node: SwarmNode): 'reachable' | 'unreachable' {
  return isReachable(cx.ctx.world, node) ? 'reachable' : 'unreachable';
}

export function nodeJson(cx: CommandContext, cluster: Cluster, node: SwarmNode): Record<string, unknown> {
  const labels = engineLabels(cx, node);
  const json: Record<string, unknown> = {
    ID: node.id,
    Version: { Index: node.version },
    CreatedAt: toRfc3339Nano(node.createdAt),
    UpdatedAt: toRfc3339Nano(node.updatedAt),
    Spec: { Labels: { ...node.labels }, Role: node.role, Availability: node.availability },
    Description: {
      Hostname: node.host,
      Platform: { Architecture: 'x86_64', OS: 'linux' },
      Resources: { NanoCPUs: 1_000_000_000, MemoryBytes: cx.profile.cli.info.totalMemory },
      Engine: { EngineVersion: cx.profile.version, ...(Object.keys(labels).length ? { Labels: labels } : {}), Plugins: enginePlugins(cx.profile) },
      TLSInfo: { TrustRoot: caTrustRoot(cluster.caDigest), CertIssuerSubject: CA_SUBJECT_B64, CertIssuerPublicKey: caPublicKey(cluster.caDigest) },
    },
    // the dispatcher's reason when a node missed its heartbeats
    Status: { State: node.status, ...(node.status === 'down' ? { Message: 'heartbeat failure' } : {}), Addr: node.addr },
  };
  if (node.role === 'manager' && !node.raftRemoved) {
    json.ManagerStatus = { ...(cluster.leader === node.id ? { Leader: true } : {}), Reachability: reachability(cx, node), Addr: `${node.addr}:${SWARM_PORT}` };
  }
  return json;
}
