// What the engine keeps per process on behalf of its program, inside `Process.programState`:
// the program's own state (what getState/setState see), the ports it listens on, when it wants
// its next tick, and the extra environment of an exec'd process. Plain data, like the world.
import type { Process } from '../world';

export interface ProcessRuntime {
  /** The program's private state. */
  s?: unknown;
  /** 'port/proto' entries the program listens on. */
  listen: string[];
  /** Virtual ms at which the program's tick() is due. */
  wakeAt?: number;
  /** Extra 'K=V' environment (docker exec -e), on top of the container's. */
  env?: string[];
  /** Working directory of an exec'd process ('' = the container's). */
  cwd?: string;
  /** Interactive (exec -it): a shell without -c stays up for the terminal frame. */
  interactive?: boolean;
}

export function getRuntime(proc: Process): ProcessRuntime {
  const r = proc.programState as ProcessRuntime | undefined;
  if (r && Array.isArray(r.listen)) return r;
  const fresh: ProcessRuntime = { listen: [] };
  proc.programState = fresh;
  return fresh;
}

/** Ports a process listens on ('80/tcp'). */
export function getListeningPorts(proc: Process): string[] {
  const r = proc.programState as ProcessRuntime | undefined;
  return r && Array.isArray(r.listen) ? [...r.listen] : [];
}
