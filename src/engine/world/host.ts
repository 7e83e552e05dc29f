// A Docker host (machine) and its kernel: processes, namespaces and cgroups.
import type { FsDir } from '../fs/fsTypes';
import type { LogEntry } from './container';
import type { Daemon } from './daemon';

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
  /** Processes in buckets of 256 pids: `processes[pid >> 8][pid & 255]`, null where free. Use tables/processTable.ts. */
  processes: ((Process | null)[] | null)[];
  /**
   * Live namespaces in creation order, which is also ascending inode order (kernel/namespaces.ts).
   * Chunked lists (tables/chunkedList.ts): these two grow with every container started, and an
   * append inside a draft copies only the last chunk.
   */
  namespaces: Namespace[][];
  /** Chunked like namespaces (tables/chunkedList.ts), in creation order. */
  cgroups: Cgroup[][];
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
