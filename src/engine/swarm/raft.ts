// Raft as the CLI sees it: one leader among the managers; when the leader's VM goes down the
// others notice after the election timeout (Election Tick 10 × Heartbeat Tick 1 s) and, if more
// than half of the managers are up, the first reachable one becomes leader for a new term.
// Without quorum there is no leader (a leader that loses it steps down) and manager API calls
// fail with NO_QUORUM until enough managers are back or `swarm init --force-new-cluster`.
import type { Ctx } from '../ctx';
import type { Cluster } from '../world';
import { hasQuorum, isReachable, managers } from './cluster';

export const ELECTION_TIMEOUT_MS = 10_000;

export function electLeader(ctx: Ctx, cluster: Cluster): void {
  const leader = cluster.leader ? cluster.nodes[cluster.leader] : undefined;
  // A leader that can still reach a quorum stays; one that cannot steps down (CheckQuorum)
  // after the same timeout.
  if (leader && !leader.raftRemoved && isReachable(ctx.world, leader) && hasQuorum(ctx.world, cluster)) {
    cluster.electionAt = undefined;
    return;
  }
  if (cluster.electionAt === undefined) cluster.electionAt = ctx.world.now + ELECTION_TIMEOUT_MS;
  if (ctx.world.now < cluster.electionAt) {
    cluster.wakeAt = Math.min(cluster.wakeAt, cluster.electionAt);
    return;
  }
  cluster.electionAt = undefined;
  if (!hasQuorum(ctx.world, cluster)) {
    cluster.leader = '';
    return;
  }
  const next = managers(cluster)
    .filter((m) => isReachable(ctx.world, m))
    .sort((a, b) => (a.host < b.host ? -1 : 1))[0];
  cluster.leader = next?.id ?? '';
  cluster.term++;
}
