// What both generations of pip's install printer get: the resolution, the order of installs, and
// the circumstances (terminal, cache, network) that change what pip prints.
import type { NetState } from '../pkgNet';
import type { Timeline } from '../timeline';
import type { PlanNode, PyReq, Resolution } from './pipResolve';
import type { PyEnv } from './pySite';

export interface InstallRun {
  py: PyEnv;
  res: Resolution;
  order: PlanNode[];
  tl: Timeline;
  tty: boolean;
  noCache: boolean;
  upgrade: boolean;
  net: NetState;
  /** A fresh object address for each exception repr pip prints. */
  addr: () => string;
  /** Running as root without --root-user-action=ignore (pip 21.1+ warns). */
  warnRoot: boolean;
  /** The newest pip the index offers, when pip's self-check runs and finds it newer. */
  newerPip?: string;
}

/** ms for a request round trip and bytes per ms, per era's mirror. */
export const LATENCY_MS = { classic: 350, current: 120 };
export const BYTES_PER_MS = { classic: 2_600, current: 32_000 };

/** The requirement with where it came from, as pip prints it (`MarkupSafe>=0.23 (from Jinja2>=2.4->Flask)`). */
export function withFrom(req: PyReq, from?: string): string {
  return from ? `${req.text} (from ${from})` : req.text;
}

/** The first node that needs the index (a download, or a requirement nothing satisfies). */
export function firstIndexNode(run: InstallRun): number {
  const i = run.res.nodes.findIndex((n) => n.dist);
  return i >= 0 ? i : run.res.missing ? run.res.nodes.length : -1;
}

/** The requirement at `i`: a planned node, or the unsatisfiable one after the last. */
export function reqAt(run: InstallRun, i: number): { req: PyReq; from?: string } {
  return run.res.nodes[i] ?? run.res.missing!;
}

/** The canonical name pip puts in the index URL (`/simple/flask/`). */
export function simpleName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}
