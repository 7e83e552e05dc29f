// Containers: their config as created, their state, endpoints, mounts and logs.
import type { FsDir } from '../fs/fsTypes';
import type { NamespaceKind } from './host';

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
  /**
   * Attach order (absent = 0, the networks given at create): `network connect` appends, so the
   * new interface is eth1 inside the container while `networks` itself stays in name order.
   */
  order?: number;
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
  /** Insertion number, set by putContainer (tables/containerTable.ts): listings keep insertion order. */
  seq?: number;
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
