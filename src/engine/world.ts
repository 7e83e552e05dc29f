// The world: plain, normalised, JSON-serialisable data. Records keyed by id, references by id,
// no cycles, no class instances, no functions. One snapshot serves undo, share links, goal checks
// and tests. Everything the simulation knows lives here, including the PRNG state and the clock.
import type { FsDir } from './fs/fsTypes';

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
}

// ---------------------------------------------------------------- hosts and kernels

export interface Host {
  name: string;
  /** The address students type: 192.168.99.100 for `default`, as `docker-machine ip` shows. */
  ip: string;
  kernel: Kernel;
  /** The host's own user space: the student's home and the few system files we model. */
  fs: FsDir;
  user: string; // login user, e.g. 'docker'
  home: string; // e.g. '/home/docker'
  daemon: Daemon;
}

export interface Kernel {
  release: string; // `uname -r`, shared by every container on this host
  nextPid: number;
  processes: Record<number, Process>;
  /**
   * Live namespaces in creation order, which is also ascending inode order (kernel/namespaces.ts).
   * Lists rather than records: an immer draft copies an array ~100× faster than a record of the
   * same size, and these two grow with every container started.
   */
  namespaces: Namespace[];
  cgroups: Cgroup[];
}

export interface Process {
  pid: number; // host PID
  ppid: number;
  /** PID as seen inside its pid namespace (1 for a container's main process). */
  nsPid: number;
  argv: string[];
  user: string;
  startedAt: number;
  /** Set for processes that run inside a container. */
  containerId?: string;
  /** Namespace ids by kind; host processes use the host's initial namespaces. */
  ns: Partial<Record<NamespaceKind, string>>;
  cgroup?: string;
  /** Program behaviour name (see programs/) and its private, serialisable state. */
  program?: string;
  programState?: unknown;
  /** Resident memory we report in ps/stats, bytes. */
  rss: number;
  /** Output of a process that is not a container's main process (docker exec), until a client reads it. */
  output?: LogEntry[];
  /** Exit code once the process has ended (kept briefly for the exec client to read). */
  exitCode?: number;
}

export type NamespaceKind = 'pid' | 'net' | 'mnt' | 'uts' | 'ipc';

export interface Namespace {
  id: string; // e.g. 'net:[4026532201]' style inode number as string
  kind: NamespaceKind;
  inode: number;
  containerId?: string;
}

export interface Cgroup {
  path: string; // /docker/<64hex>
  memoryLimit: number; // bytes, 0 = unlimited
  nanoCpus: number; // 1e9 = one CPU, 0 = unlimited
}

// ---------------------------------------------------------------- the docker daemon

export interface Daemon {
  running: boolean;
  /** Random 'XXXX:XXXX:…' id shown by `docker info`. */
  id: string;
  images: Record<string, Image>; // keyed by 64-hex image id (no sha256: prefix)
  /** 'repo:tag' → image id. repo is the familiar form: 'ubuntu', 'tutum/hello-world'. */
  tags: Record<string, string>;
  /** Layer digests present on this host (pulled or built). */
  layers: Record<string, true>;
  containers: Record<string, Container>; // keyed by 64-hex id
  networks: Record<string, Network>; // keyed by 64-hex id
  volumes: Record<string, Volume>; // keyed by name
  /**
   * The name registrar: `<name> <id>` for every container, sorted. Kept by
   * containers/containerNames.ts (create, rename, remove); read with containerIdByName().
   */
  names: string[];
  /**
   * dockerd's IPAM bitmaps: network id → offsets within the subnet of the addresses in use,
   * ascending. Kept by network/ipam.ts.
   */
  ipam: Record<string, number[]>;
  /**
   * The port allocator's map: host port (as text) → `<proto>/<host ip>` → id of the container bound to it.
   * Kept by network/portAllocator.ts.
   */
  portMap: Record<string, Record<string, string>>;
}

export interface LayerRecord {
  digest: string; // sha256:… of the compressed blob (what pull prints, 12 chars)
  diffId: string; // sha256:… of the uncompressed tar
  size: number; // bytes, uncompressed
  /** The files this layer adds or changes (a diff tree with whiteouts). */
  files: FsDir;
  createdBy: string; // history line, e.g. '/bin/sh -c #(nop)  CMD ["bash"]'
}

export interface ImageConfig {
  cmd: string[] | null;
  entrypoint: string[] | null;
  env: string[];
  workingDir: string;
  exposedPorts: string[]; // '80/tcp'
  user: string;
  labels: Record<string, string>;
  volumes: string[];
  stopSignal?: string;
}

export interface ImageHistoryEntry {
  created: number;
  createdBy: string;
  size: number;
  emptyLayer: boolean;
  comment?: string;
}

export interface Image {
  id: string; // 64 hex, the config digest
  /** Repo digests, e.g. 'hello-world@sha256:…'. */
  repoDigests: string[];
  parent: string; // '' for pulled images; the parent image id for build steps
  created: number; // build time (ms), shown as CREATED
  /** Layer digests, bottom first. Entries may repeat across images (shared base layers). */
  layers: string[];
  size: number; // bytes, sum of layers
  config: ImageConfig;
  history: ImageHistoryEntry[];
  os: string;
  architecture: string;
  /** Set when the image came from the hub catalog. */
  catalogRef?: string;
}

export type ContainerStatus = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

export interface PortBinding {
  hostIp: string; // '' or '0.0.0.0'
  hostPort: string; // '' means random
}

export interface RestartPolicy {
  name: '' | 'no' | 'always' | 'unless-stopped' | 'on-failure';
  maximumRetryCount: number;
}

export interface Mount {
  type: 'volume' | 'bind';
  name?: string; // volume name
  source: string; // host path (for volumes: /var/lib/docker/volumes/<name>/_data)
  destination: string;
  rw: boolean;
}

export interface Endpoint {
  networkId: string;
  endpointId: string; // 64 hex
  ip: string; // '' when the network has no IPAM (host, none)
  prefixLen: number;
  gateway: string;
  mac: string;
  aliases: string[];
  links: string[];
  /** IPAMConfig: set ({}) for endpoints made by `network connect`, with the address asked for by --ip. */
  ipamConfig?: { ipv4Address?: string };
}

export interface LogEntry {
  t: number; // virtual ms
  stream: 'stdout' | 'stderr';
  text: string; // one line, without the trailing newline
}

export interface Container {
  id: string; // 64 hex
  name: string; // without the leading '/'
  /** Image as the user typed it (`tutum/hello-world`), what ps shows. */
  imageRef: string;
  imageId: string;
  created: number;
  path: string; // argv[0] of the main process
  args: string[];
  config: {
    hostname: string;
    domainname: string;
    user: string;
    env: string[];
    cmd: string[] | null;
    entrypoint: string[] | null;
    workingDir: string;
    exposedPorts: string[];
    tty: boolean;
    openStdin: boolean;
    attachStdin: boolean;
    labels: Record<string, string>;
  };
  hostConfig: {
    binds: string[];
    networkMode: string; // 'default' | 'bridge' | 'host' | 'none' | <network name>
    portBindings: Record<string, PortBinding[]>; // '80/tcp' → bindings as requested
    publishAllPorts: boolean;
    restartPolicy: RestartPolicy;
    autoRemove: boolean;
    memory: number; // bytes, 0 = unlimited
    nanoCpus: number;
    links: string[]; // '/db:/web/db'
  };
  state: {
    status: ContainerStatus;
    pid: number; // host pid of the main process, 0 when not running
    exitCode: number;
    error: string;
    startedAt: number; // 0 = never
    finishedAt: number; // 0 = never
    oomKilled: boolean;
    /** Set by `docker stop`/`kill`, so that restart policies know a user stopped it. */
    stoppedByUser: boolean;
    /** A pending action the reconcile rules will take (restart policy back-off, stop timeout). */
    pending?: PendingAction;
  };
  restartCount: number;
  /** Actual published ports after allocation: '80/tcp' → [{hostIp:'0.0.0.0', hostPort:'32768'}]. */
  ports: Record<string, PortBinding[]>;
  networks: Record<string, Endpoint>; // keyed by network name
  mounts: Mount[];
  /** The container's writable layer, a diff tree over the image layers. */
  rw: FsDir;
  logs: LogEntry[];
  /** Host pids of processes started with `docker exec` that are still alive. */
  execPids: number[];
  /** Namespace ids created for this container. */
  ns: Partial<Record<NamespaceKind, string>>;
  /** Set for swarm task containers. */
  taskId?: string;
  /** Edits to the bind-mounted /etc/hosts, /etc/resolv.conf, /etc/hostname (path → content). */
  etcEdits?: Record<string, string>;
  /** Legacy --link environment computed at start (moby's setupLinkedContainers), for every process. */
  linkEnv?: string[];
}

export interface PendingAction {
  kind: 'kill-after-timeout' | 'restart';
  at: number; // virtual ms when the action is due
}

export interface IpamConfig {
  subnet: string; // '172.18.0.0/16'
  gateway: string; // '172.18.0.1'
  ipRange?: string;
}

export interface Network {
  id: string; // 64 hex
  name: string;
  driver: 'bridge' | 'host' | 'null' | 'overlay';
  scope: 'local' | 'swarm';
  created: number;
  internal: boolean;
  attachable: boolean;
  ingress: boolean;
  ipam: IpamConfig[];
  options: Record<string, string>;
  labels: Record<string, string>;
  /** The subnet was given with --subnet (what --ip needs). */
  userSubnet?: boolean;
  /** Linux bridge device name for bridge networks: docker0, br-<12hex>. */
  bridgeName?: string;
}

export interface Volume {
  name: string;
  driver: 'local';
  created: number;
  mountpoint: string; // /var/lib/docker/volumes/<name>/_data
  labels: Record<string, string>;
  /** Anonymous volumes are named by 64 hex and removed with `rm -v`. */
  anonymous: boolean;
  files: FsDir;
}

// ---------------------------------------------------------------- terminals

/** One shell level on a terminal: the host login shell, or a shell/REPL inside a container. */
export interface Frame {
  kind: 'host' | 'container';
  /** The docker host this frame runs on, when not the terminal's own (`docker-machine ssh myvm1`); frames above inherit it. */
  host?: string;
  /** What reads the lines at this level: a POSIX-ish shell, or a REPL such as python or psql. */
  program: string; // 'bash' | 'sh' | 'python3' | 'psql' …
  containerId?: string;
  /** Host pid of the process this frame stands for (an exec'd shell, or the container's pid 1). */
  pid?: number;
  /** True when leaving this frame ends the container (it is the container's main process). */
  isMain?: boolean;
  user: string;
  cwd: string;
  env: Record<string, string>;
  lastExit: number;
  /** Free-form per-program state (python variables, psql connection …), plain data. */
  state?: unknown;
}

/** A foreground command that has not finished yet (ping, logs -f, attached run …). */
export interface Job {
  kind: string; // registered job handler name
  /** The docker host the job's command talked to, when not the frame's (DOCKER_HOST). */
  host?: string;
  startedAt: number;
  data: unknown;
}

export interface Terminal {
  id: string;
  host: string;
  frames: Frame[]; // frames[0] is the host login shell
  history: string[];
  job: Job | null;
}
