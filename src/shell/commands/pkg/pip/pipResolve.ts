// Requirement strings, requirements files, and the resolution pip performs: breadth first from
// the requested projects through their Requires-Dist, each project once, then the order pip
// installs them in (pip 9's depth-first schedule, or the resolver's leaf-pruning weights).
import type { ProfileName } from '../../../../engine/world';
import { admitsPython, canonicalName, findDist, type PyDist } from './pyIndex';
import type { InstalledDist } from './pySite';

export interface PyReq {
  name: string;
  /** `==1.0` pin, when one is given. */
  pin?: string;
  /** As pip prints the requirement: name, sorted extras, specifiers sorted and comma-joined. */
  text: string;
}

export function parseReq(raw: string): PyReq | undefined {
  // The resolver evaluates an environment marker and prints the requirement without it
  // (`Collecting numpy>=1.26.0 (from pandas)`); the index only lists markers that hold here.
  const s = raw.split(';')[0].trim();
  const m = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?\s*\(?([^)]*)\)?$/.exec(s);
  if (!m) return undefined;
  const specs: string[] = [];
  let pin: string | undefined;
  for (const part of m[3].split(',').map((p) => p.trim()).filter(Boolean)) {
    const sm = /^(===|==|>=|<=|!=|~=|>|<)\s*([A-Za-z0-9.*+!_-]+)$/.exec(part);
    if (!sm) return undefined;
    specs.push(sm[1] + sm[2]);
    if (sm[1] === '==' && /^\d+(\.\d+)*$/.test(sm[2])) pin = sm[2];
  }
  const extras = m[2] ? `[${m[2].split(',').map((e) => e.trim()).filter(Boolean).sort().join(',')}]` : '';
  return { name: m[1], ...(pin ? { pin } : {}), text: m[1] + extras + specs.sort().join(',') };
}

/**
 * An environment marker on x86_64 Linux CPython `python` (3.6): `python_version` comparisons and
 * `platform_system`/`sys_platform`/`extra` are decided; anything else is taken to hold.
 */
export function markerHolds(marker: string, python: string): boolean {
  return marker.split(/\s+and\s+/).every((clause) => {
    const m = /^\(?\s*(\w+)\s*(==|!=|>=|<=|>|<)\s*["']([^"']*)["']\s*\)?$/.exec(clause.trim());
    if (!m) return true;
    const [, name, op, value] = m;
    if (name === 'python_version') return admitsPython(op + value, python);
    const actual = name === 'platform_system' ? 'Linux' : name === 'sys_platform' ? 'linux' : name === 'extra' ? '' : undefined;
    if (actual === undefined) return true;
    return op === '==' ? actual === value : op === '!=' ? actual !== value : true;
  });
}

export interface ReqLine {
  raw: string;
  /** `-r requirements.txt (line 1)` for lines of a file. */
  from?: string;
}

/** Lines of a requirements file: comments, blank lines and option lines skipped; `-r` followed. */
export function readRequirementsFile(path: string, read: (p: string) => string | undefined, depth = 0): ReqLine[] | { missing: string } {
  const text = read(path);
  if (text === undefined) return { missing: path };
  const out: ReqLine[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    const nested = /^(?:-r|--requirement)\s*=?\s*(\S+)$/.exec(line);
    if (nested && depth < 5) {
      const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
      const inner = readRequirementsFile(nested[1].startsWith('/') ? nested[1] : dir + nested[1], read, depth + 1);
      if ('missing' in inner) return inner;
      out.push(...inner);
      continue;
    }
    if (line.startsWith('-')) continue;
    out.push({ raw: line, from: `-r ${path} (line ${i + 1})` });
  }
  return out;
}

export interface PlanNode {
  key: string;
  req: PyReq;
  from?: string;
  /** Asked for on the command line or in a requirements file (not a dependency). */
  top: boolean;
  /** The release to install; absent when what is installed satisfies the requirement. */
  dist?: PyDist;
  /** The index release `dist` was made from, whose Requires-Dist are followed. */
  release?: PyDist;
  /** What is installed now: satisfies the requirement, or gets uninstalled first. */
  installed?: InstalledDist;
  deps: string[];
}

export interface Resolution {
  /** In the order pip collected them (its `Collecting` / `Requirement already satisfied` lines). */
  nodes: PlanNode[];
  /** The order the resolver pinned them, which is the order pip 20.3+ downloads in. */
  pinned: string[];
  /** The first requirement no release satisfies: resolution stopped there. */
  missing?: { req: PyReq; from?: string };
}

function withVersion(dist: PyDist, version: string): PyDist {
  return version === dist.version ? dist : { ...dist, version, file: dist.file.replace(`-${dist.version}`, `-${version}`) };
}

interface Wanted {
  req: PyReq;
  from?: string;
  top: boolean;
  depth: number;
}

/**
 * pip 9/10 walk requirements breadth first, in Requires-Dist order. pip 20.3+'s resolver pins one
 * project at a time, preferring `==` pins, then shallower ones, then what the user asked for (in
 * order), then constrained over bare, then by name; each pinned project's dependencies are
 * collected as it is pinned.
 */
export function resolve(era: ProfileName, python: string, wanted: { req: PyReq; from?: string }[], installed: Map<string, InstalledDist>, upgrade: boolean, resolver = false): Resolution {
  const nodes: PlanNode[] = [];
  const pinned: string[] = [];
  const seen = new Set<string>();
  const meta = new Map<string, Wanted>();
  const collect = (w: Wanted): PlanNode | { missing: { req: PyReq; from?: string } } | undefined => {
    const { req, from, top } = w;
    const key = canonicalName(req.name);
    if (seen.has(key)) return undefined;
    seen.add(key);
    const have = installed.get(key);
    const indexed = findDist(era, req.name, python, req.pin);
    const satisfied = have && (req.pin ? have.version === req.pin : !(upgrade && top && indexed && indexed.version !== have.version));
    if (!satisfied && !indexed) return { missing: { req, ...(from ? { from } : {}) } };
    const node: PlanNode = { key, req, ...(from ? { from } : {}), top, deps: [] };
    if (have) node.installed = have;
    if (!satisfied && indexed) node.dist = withVersion(indexed, req.pin ?? indexed.version);
    if (node.dist) node.release = indexed;
    nodes.push(node);
    meta.set(key, w);
    return node;
  };
  const children = (node: PlanNode, w: Wanted): Wanted[] => {
    const childFrom = w.from ? `${node.req.text}->${w.from}` : node.req.text;
    const out: Wanted[] = [];
    const release = node.release ?? findDist(era, node.req.name, python, node.installed?.version);
    for (const r of release?.requires ?? []) {
      const parsed = parseReq(r);
      const marker = r.includes(';') ? r.slice(r.indexOf(';') + 1).trim() : undefined;
      if (!parsed || (marker && !markerHolds(marker, python))) continue;
      // pip 9/10 print a requirement with its marker (`dataclasses; python_version < "3.7"`), the resolver without.
      const child = marker && !resolver ? { ...parsed, text: `${parsed.text}; ${marker}` } : parsed;
      node.deps.push(canonicalName(child.name));
      out.push({ req: child, from: childFrom, top: false, depth: w.depth + 1 });
    }
    return out;
  };
  const roots: Wanted[] = wanted.map((w) => ({ ...w, top: true, depth: 0 }));
  if (!resolver) {
    const queue = [...roots];
    while (queue.length > 0) {
      const w = queue.shift()!;
      const got = collect(w);
      if (got && 'missing' in got) return { nodes, pinned, missing: got.missing };
      if (got) queue.push(...children(got, w));
    }
    return { nodes, pinned: nodes.map((n) => n.key) };
  }
  for (const w of roots) {
    const got = collect(w);
    if (got && 'missing' in got) return { nodes, pinned, missing: got.missing };
  }
  const order = (n: PlanNode): (number | string)[] => {
    const w = meta.get(n.key)!;
    const requested = w.top ? roots.findIndex((r) => canonicalName(r.req.name) === n.key) : Number.MAX_SAFE_INTEGER;
    return [n.req.pin ? 0 : 1, w.depth, requested, n.req.text === n.req.name ? 1 : 0, n.key];
  };
  const before = (a: (number | string)[], b: (number | string)[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
    return false;
  };
  for (;;) {
    const open = nodes.filter((n) => !pinned.includes(n.key));
    if (open.length === 0) break;
    const next = open.reduce((best, n) => (before(order(n), order(best)) ? n : best));
    pinned.push(next.key);
    for (const c of children(next, meta.get(next.key)!)) {
      const got = collect(c);
      if (got && 'missing' in got) return { nodes, pinned, missing: got.missing };
    }
  }
  return { nodes, pinned };
}

/** pip 9/10: each requirement after its dependencies, in the order they were found. */
export function legacyInstallOrder(nodes: PlanNode[]): PlanNode[] {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const done = new Set<string>();
  const order: PlanNode[] = [];
  const schedule = (n: PlanNode) => {
    if (!n.dist || done.has(n.key)) return;
    done.add(n.key);
    for (const d of n.deps) {
      const dep = byKey.get(d);
      if (dep) schedule(dep);
    }
    order.push(n);
  };
  nodes.forEach(schedule);
  return order;
}

/**
 * pip 20.3+: leaves are pruned from the dependency graph round by round; a round's leaves weigh the
 * number of nodes left (the root counted) minus one; installs go by weight, then name, descending.
 */
export function resolverInstallOrder(nodes: PlanNode[]): PlanNode[] {
  const remaining = new Map(nodes.map((n) => [n.key, new Set(n.deps.filter((d) => nodes.some((m) => m.key === d)))]));
  const weights = new Map<string, number>();
  while (remaining.size > 0) {
    const leaves = [...remaining].filter(([, deps]) => deps.size === 0).map(([k]) => k);
    if (leaves.length === 0) {
      for (const k of remaining.keys()) weights.set(k, 0);
      break;
    }
    const weight = remaining.size; // the root node is still there: (size + 1) - 1
    for (const leaf of leaves) {
      weights.set(leaf, weight);
      remaining.delete(leaf);
    }
    for (const deps of remaining.values()) for (const leaf of leaves) deps.delete(leaf);
  }
  return nodes
    .filter((n) => n.dist)
    .sort((a, b) => weights.get(b.key)! - weights.get(a.key)! || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
}
