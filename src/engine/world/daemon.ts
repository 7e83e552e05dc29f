// The docker daemon of one host: its object tables and the indexes kept beside them.
import type { Container } from './container';
import type { Image } from './image';
import type { Network } from './network';
import type { Volume } from './volume';
import type { SwarmMembership } from './swarm';

export interface Daemon {
  running: boolean;
  /** Random 'XXXX:XXXX:…' id shown by `docker info`. */
  id: string;
  images: Record<string, Image>; // keyed by 64-hex image id (no sha256: prefix)
  /** 'repo:tag' → image id. repo is the familiar form: 'ubuntu', 'tutum/hello-world'. */
  tags: Record<string, string>;
  /** Layer digests present on this host (pulled or built). */
  layers: Record<string, true>;
  /**
   * Container records in 256 buckets, by the first two hex digits of the id (null while empty):
   * bucket → id → record, so that one insert copies a small bucket and a block of 256 slots.
   * Read and write through tables/containerTable.ts only.
   */
  containers: (Record<string, Container> | null)[];
  /** The last insertion number given to a container (its `seq`), for listings in insertion order. */
  containerSeq: number;
  networks: Record<string, Network>; // keyed by 64-hex id
  volumes: Record<string, Volume>; // keyed by name
  /**
   * The name registrar: `<name> <id>` for every container, sorted, in buckets by the name's first
   * two characters. Kept by
   * containers/containerNames.ts (create, rename, remove); read with containerIdByName().
   */
  names: Record<string, string[]>;
  /**
   * dockerd's IPAM bitmaps: network id → offsets within the subnet of the addresses in use,
   * ascending, as a chunked list (tables/chunkedList.ts). Kept by network/ipam.ts.
   */
  ipam: Record<string, number[][]>;
  /**
   * The port allocator's map: host port (as text) → `<proto>/<host ip>` → id of the container bound to it.
   * Kept by network/portAllocator.ts.
   */
  portMap: Record<string, Record<string, string>>;
  /**
   * BuildKit's build cache (absent until the first BuildKit build): cache key → the layer the step
   * made. The classic builder caches in its intermediate images instead.
   */
  buildCache?: Record<string, BuildCacheRecord>;
  /** Swarm mode: the cluster this daemon's node belongs to and its node id (absent = inactive). */
  swarm?: SwarmMembership;
}

export interface BuildCacheRecord {
  /** Layer digest the step produced; absent for steps that made none. */
  layer?: string;
  size: number;
  created: number;
  /** `RUN pip install …`, as `docker buildx du` would describe it. */
  description: string;
}
