// Changes in a writable layer relative to the layers below it, in `docker diff` order.
import type { FsDir } from './fsTypes';
import { byteCompare, lookupUnion } from './layeredVfs';

export interface FsChange {
  kind: 'A' | 'C' | 'D';
  path: string;
}

/** Changes in a writable layer `rw` relative to the lower layers (top first). */
export function diffLayers(rw: FsDir, lower: FsDir[]): FsChange[] {
  const out: FsChange[] = [];
  const walk = (dir: FsDir, parts: string[], added: boolean): void => {
    for (const [name, node] of Object.entries(dir.c)) {
      const p = [...parts, name];
      const path = '/' + p.join('/');
      if (node.t === 'w') {
        if (!added) out.push({ kind: 'D', path });
        continue;
      }
      const below = !added && lower.length > 0 ? lookupUnion(lower, p) : null;
      out.push({ kind: below ? 'C' : 'A', path });
      if (node.t === 'd') walk(node, p, !below || below.node.t !== 'd' || node.opaque === true);
    }
  };
  walk(rw, [], false);
  return out.sort((a, b) => byteCompare(a.path, b.path));
}
