// COPY/ADD: pick the sources from the build context (or from another stage's filesystem with
// --from), place them at the destination by Docker's rules, and describe them by content: the
// checksum keys the cache and names the sources in the classic history (`dir:<hash>`).
import type { FsDir, FsNode } from '../fs/fsTypes';
import { lookupUnion, materialize, unionChildren } from '../fs/layeredVfs';
import { basename, normalizePath, splitPath } from '../fs/path';
import { cloneNode, getChild } from '../fs/tree';
import { contentHash } from './contentHash';

export interface CopySource {
  /** The source as written (`./app`, `*.txt`), for messages. */
  given: string;
  name: string;
  node: FsNode;
}

export type SourceLookup = { ok: true; sources: CopySource[] } | { ok: false; missing: string };

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (const ch of glob) {
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Sources resolved against a stack of layers (top first); the context is a one-layer stack. */
export function findSources(layers: FsDir[], given: string[]): SourceLookup {
  const out: CopySource[] = [];
  for (const src of given) {
    const parts = splitPath(normalizePath(`/${src}`));
    const last = parts[parts.length - 1] ?? '';
    if (/[*?]/.test(last)) {
      const parent = lookupUnion(layers, parts.slice(0, -1));
      const re = globToRegExp(last);
      const names = parent?.node.t === 'd' ? Object.keys(unionChildren(parent.dirs)).filter((n) => re.test(n)).sort() : [];
      if (names.length === 0) return { ok: false, missing: src };
      for (const name of names) {
        const hit = lookupUnion(layers, [...parts.slice(0, -1), name]);
        if (hit) out.push({ given: src, name, node: materialize(hit) });
      }
      continue;
    }
    const hit = lookupUnion(layers, parts);
    if (!hit) return { ok: false, missing: src };
    out.push({ given: src, name: last || '.', node: materialize(hit) });
  }
  return { ok: true, sources: out };
}

/** `dir:<hash>`, `file:<hash>` or `multi:<hash>`, as the classic builder names COPY sources. */
export function sourceHash(sources: CopySource[]): string {
  if (sources.length === 1) return `${sources[0].node.t === 'd' ? 'dir' : 'file'}:${contentHash(sources[0].node)}`;
  const all: FsDir = { t: 'd', mode: 0o755, mtime: 0, c: {} };
  sources.forEach((s, i) => (all.c[`${i}-${s.name}`] = s.node));
  return `multi:${contentHash(all)}`;
}

function ensureDir(root: FsDir, parts: string[], mtime: number): FsDir {
  let dir = root;
  for (const part of parts) {
    const next = getChild(dir, part);
    if (next?.t === 'd') {
      dir = next;
      continue;
    }
    const made: FsDir = { t: 'd', mode: 0o755, mtime, c: {} };
    dir.c[part] = made;
    dir = made;
  }
  return dir;
}

/**
 * The layer COPY makes. `dest` is absolute; `destWritten` tells whether it ended with a slash;
 * `destIsDir` whether the image already has a directory there.
 */
export function copyLayer(sources: CopySource[], dest: string, destWritten: string, destIsDir: boolean, mtime: number): FsDir {
  const root: FsDir = { t: 'd', mode: 0o755, mtime, c: {} };
  const destParts = splitPath(dest);
  const intoDir = destWritten.endsWith('/') || sources.length > 1 || destIsDir || sources.some((s) => s.node.t === 'd');
  for (const src of sources) {
    if (src.node.t === 'd') {
      // A directory's contents are copied, not the directory itself.
      const target = ensureDir(root, destParts, mtime);
      for (const [name, child] of Object.entries(src.node.c)) target.c[name] = cloneNode(child);
      continue;
    }
    if (intoDir) ensureDir(root, destParts, mtime).c[src.name] = cloneNode(src.node);
    else ensureDir(root, destParts.slice(0, -1), mtime).c[basename(dest)] = cloneNode(src.node);
  }
  return root;
}
