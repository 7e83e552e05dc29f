// The world: plain, normalised, JSON-serialisable data. Records keyed by id, references by id,
// no cycles, no class instances, no functions. One snapshot serves undo, share links, goal checks
// and tests. Everything the simulation knows lives here, including the PRNG state and the clock.
// The record types live in world/*.ts, one file per area; importing them from here keeps working.
import type { Host } from './world/host';
import type { LayerRecord } from './world/image';
import type { Terminal } from './world/terminal';
import type { RegistryRepo } from './world/registry';
import type { Cluster } from './world/swarm';
import type { SqlQueue } from './world/sql';

export type { Host, Kernel, Process, NamespaceKind, Namespace, Cgroup } from './world/host';
export type { Daemon, BuildCacheRecord } from './world/daemon';
export type { LayerRecord, ImageConfig, ImageHistoryEntry, Image } from './world/image';
export type { ContainerStatus, PortBinding, RestartPolicy, Mount, Endpoint, LogEntry, Container, PendingAction } from './world/container';
export type { IpamConfig, Network } from './world/network';
export type { Volume } from './world/volume';
export type { Frame, Job, Terminal } from './world/terminal';
export type { RegistryRepo, RegistryManifest } from './world/registry';
export type { SqlQueue, SqlRequest, SqlAnswer, SqlResultSet, SqlError } from './world/sql';
export type { Cluster, SwarmNode, Service, ServiceSpec, Task, TaskState, PortConfig, NodeRole, NodeAvailability, SwarmMembership } from './world/swarm';

export type ProfileName = 'current' | 'classic';

export interface World {
  version: 1;
  profile: ProfileName;
  /** Virtual clock, ms since the Unix epoch. Only `tick` and operations that take time move it. */
  now: number;
  /** State of the seeded PRNG (see prng.ts). */
  rng: number;
  /** Docker hosts (machines), keyed by host name: `default`, later `myvm1`, `myvm2` … */
  hosts: Record<string, Host>;
  /** Content of layers that were built or committed here (catalog layers come from the hub catalog). */
  layerStore: Record<string, LayerRecord>;
  /** Terminal sessions, keyed by terminal id (one per host tab). */
  terminals: Record<string, Terminal>;
  /** User repositories on the simulated Docker Hub (`docker push`), keyed by path: `user/app`. */
  registry: Record<string, RegistryRepo>;
  /** Swarm clusters, keyed by cluster id (swarm/); a host's daemon.swarm says which one it is in. */
  swarms: Record<string, Cluster>;
  /** SQL statements waiting for the database driver (engine/db/); absent in worlds saved before it. */
  sql?: SqlQueue;
}
