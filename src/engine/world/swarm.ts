// Swarm mode: one record per cluster (what the managers' Raft store holds), small records for
// nodes, services and tasks. Tasks grow with replicas (100,000 of them), so they live in 256
// buckets like containers (swarm/taskTable.ts) and stay small: a task refers to its container by
// id on its node; the container record itself is the node daemon's (see swarm/README.md).

export type NodeRole = 'manager' | 'worker';
export type NodeAvailability = 'active' | 'pause' | 'drain';

export interface SwarmNode {
  id: string; // 25 base-36
  /** The docker host (world.hosts key), which is also its hostname. */
  host: string;
  role: NodeRole;
  availability: NodeAvailability;
  labels: Record<string, string>;
  status: 'ready' | 'down';
  /** The address the node advertises (`IP`), managers listen on `IP:2377`. */
  addr: string;
  createdAt: number;
  updatedAt: number;
  /** Raft object version, bumped on every change (node inspect's Version.Index). */
  version: number;
  /** When the managers stopped hearing from the node (its VM stopped); Down after the grace period. */
  lostAt?: number;
  /** A manager left out of the Raft member list by `swarm init --force-new-cluster`. */
  raftRemoved?: boolean;
}

export interface PortConfig {
  protocol: 'tcp' | 'udp';
  targetPort: number;
  publishedPort: number;
  publishMode: 'ingress' | 'host';
}

export interface ServiceSpec {
  name: string;
  /** Image as given, completed with `:latest` (what `service ls` shows, digest stripped). */
  image: string;
  mode: 'replicated' | 'global';
  replicas: number;
  /** Command words after IMAGE (ContainerSpec.Args); empty keeps the image's. */
  args: string[];
  env: string[];
  ports: PortConfig[];
  /** Network names the tasks join (overlay networks). */
  networks: string[];
  constraints: string[];
  restartCondition: 'none' | 'on-failure' | 'any';
  /** RestartPolicy.Delay, ms (5 s by default). */
  restartDelay: number;
  limitMemory: number;
  reserveMemory: number;
  updateDelay: number;
  updateParallelism: number;
  updateFailureAction: 'pause' | 'continue' | 'rollback';
  /** ForceUpdate counter (`update --force` bumps it). */
  forceUpdate: number;
}

export interface Service {
  id: string;
  spec: ServiceSpec;
  previousSpec?: ServiceSpec;
  createdAt: number;
  updatedAt: number;
  version: number;
  /** Ingress virtual IP when ports are published. */
  vip?: string;
  /** Round-robin position of the routing mesh over this service's running tasks. */
  rr: number;
  /** Bumped when the task template changes (image, env, ports, --force): older tasks are out of date. */
  specVersion?: number;
  /** The rolling update or rollback in progress or last done (the API's UpdateStatus). */
  update?: ServiceUpdateStatus;
}

export interface ServiceUpdateStatus {
  state: 'updating' | 'paused' | 'completed' | 'rollback_started' | 'rollback_paused' | 'rollback_completed';
  startedAt: number;
  completedAt?: number;
  message: string;
  /** Why a rollback started (its first message), which the progress display keeps showing. */
  reason?: string;
  /** The next batch may start then (UpdateConfig.Delay after the last batch ran). */
  nextAt?: number;
}

/** Task states in swarmkit's order; a task only moves forward. */
export type TaskState =
  | 'new'
  | 'allocated'
  | 'pending'
  | 'assigned'
  | 'accepted'
  | 'preparing'
  | 'ready'
  | 'starting'
  | 'running'
  | 'complete'
  | 'shutdown'
  | 'failed'
  | 'rejected'
  | 'orphaned'
  | 'remove';

export interface Task {
  id: string;
  serviceId: string;
  /** Replica slot (1-based); 0 for global tasks, which are keyed by node. */
  slot: number;
  /** '' while no node is suitable (pending). */
  nodeId: string;
  /** 'ready' holds a replacement back for the restart delay (swarmkit's delayed start). */
  desired: 'ready' | 'running' | 'shutdown' | 'remove';
  state: TaskState;
  /** When the task entered `state` (CURRENT STATE's "… ago"). */
  stateAt: number;
  createdAt: number;
  /** When an assigned task's container starts (`running`), virtual ms. */
  runAt?: number;
  image: string;
  containerId?: string;
  /** `task: non-zero exit (137)`, `no suitable node (…)`. */
  error?: string;
  exitCode?: number;
  /** The service's specVersion the task was made from (absent: 0). */
  specVersion?: number;
}

export interface Cluster {
  id: string;
  createdAt: number;
  /** 50 base-36 chars: the root CA digest in both join tokens. */
  caDigest: string;
  workerSecret: string;
  managerSecret: string;
  nodes: Record<string, SwarmNode>;
  /** Node id of the Raft leader; '' while there is none (no quorum). */
  leader: string;
  term: number;
  /** A leader election ends at this time (the old leader went down). */
  electionAt?: number;
  services: Record<string, Service>;
  /** Tasks in 256 buckets (swarm/taskTable.ts), null while empty. */
  tasks: (Record<string, Task> | null)[];
  taskCount: number;
  /** Raft store version counter. */
  version: number;
  /** The earliest time a reconcile pass has work (a task starting, a delayed restart); Infinity = none. */
  wakeAt: number;
  /** Something changed (scale, a task's container ended): the orchestrator looks at once. */
  dirty: boolean;
  /** The ingress overlay's id (the same on every node). */
  ingressId: string;
  /** Next free offset within the ingress subnet (swarm allocates serially). */
  ingressNext: number;
}

/** What a host's daemon knows of its swarm membership. */
export interface SwarmMembership {
  clusterId: string;
  nodeId: string;
}
