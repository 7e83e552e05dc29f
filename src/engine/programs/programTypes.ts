// Programs inside images (hello, sleep, sh, nginx, postgres, tutum/hello-world …) are behaviours
// registered by executable name. The kernel/container code calls these hooks; a program never
// touches the world directly, only through ProgramApi, so that behaviours stay small and pure.
import type { Container, Process, ProfileName, World } from '../world';

export type Signal = 'SIGTERM' | 'SIGINT' | 'SIGKILL' | 'SIGHUP' | 'SIGQUIT' | 'SIGUSR1' | 'SIGUSR2' | 'SIGSTOP' | 'SIGCONT' | 'SIGWINCH';

export interface HttpRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  /** Client address as the server sees it (for access logs). */
  remoteAddr: string;
  port: number;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: string;
}

export interface ProgramApi {
  readonly now: number;
  /** The era: version banners and log formats differ between Docker 18.03's images and today's. */
  readonly profile: ProfileName;
  /**
   * A read-only view of the whole world, for probes such as ping's name resolution and
   * reachability (programs/netProbe.ts). Programs never change it.
   */
  readonly world: Readonly<World>;
  readonly host: string;
  readonly hostIp: string;
  readonly kernelRelease: string;
  readonly container: Readonly<Container>;
  readonly process: Readonly<Process>;
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  /** Append text to the container's log (what `docker logs` and an attached client show). May hold several lines. */
  out(text: string): void;
  err(text: string): void;
  /** The process ends with this exit code. */
  exit(code: number): void;
  /** Start listening on a port inside the container's network namespace. */
  listen(port: number, proto?: 'tcp' | 'udp'): void;
  getState<T>(): T | undefined;
  setState<T>(state: T): void;
  /** Ask for tick() to be called once the clock reaches `at` (virtual ms). */
  wakeAt(at: number): void;
  /** Deterministic random integer in [0, n). */
  random(n: number): number;
  /** A file's text in the container's filesystem, or undefined. */
  readFile(path: string): string | undefined;
  /** Is there a directory at this path in the container's filesystem (an installed package)? */
  isDir?(path: string): boolean;
  /** What is at a path (following symlinks): a web server's Last-Modified, a directory to redirect; undefined when missing. */
  stat?(path: string): { type: 'f' | 'd'; mtime: number; size: number } | undefined;
  /** Write a file into the container's filesystem (a data directory marks a database as initialised). */
  writeFile?(path: string, text: string): void;
  /** Send one packet from this process's namespace: its hop-by-hop path becomes packet.sent events for the network view. */
  sendPacket?(ip: string, proto: 'icmp' | 'tcp' | 'udp', port?: number): void;
  /**
   * exec(3): this process becomes `argv` once the hook returns. The container side starts it
   * afresh: a behaviour when one is registered, else a shell utility through the script runner
   * (`exec "$@"` at the end of an image's docker-entrypoint.sh handing over to `ls /`).
   */
  execve?(argv: string[]): void;
  /** A directory's entries (a file server's listing); undefined when it is no directory. */
  listDir?(path: string): { name: string; dir: boolean; link: boolean; mtime: number }[] | undefined;
}

export interface ProgramDef {
  /** Executable basename: 'hello', 'sleep', 'nginx', 'docker-entrypoint.sh' … */
  name: string;
  /** The process has just been started (argv[0] resolved to this program). */
  start(api: ProgramApi): void;
  /** The clock reached a time asked for with wakeAt(). */
  tick?(api: ProgramApi): void;
  /** A catchable signal arrived (SIGKILL never reaches here). Without a handler, PID 1 ignores SIGTERM/SIGINT. */
  signal?(api: ProgramApi, signal: Signal): void;
  /**
   * Answer an HTTP request on a port this program listens on; undefined when nothing accepts it
   * (a server bound to 127.0.0.1 asked from outside): the client sees the connection close.
   */
  http?(api: ProgramApi, req: HttpRequest): HttpResponse | undefined;
  /**
   * With `-it` (or `exec -it`) the terminal enters a frame run by this frame program instead
   * of the process running in the background: 'sh', 'bash', 'python3', 'psql' …
   */
  interactive?: string;
  /** A shell: with `-c SCRIPT` the shell layer runs the script inside the container. */
  isShell?: boolean;
}
