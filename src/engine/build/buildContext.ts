// The build context as the docker CLI collects it on its own host: the files under PATH in
// filepath.Walk order (bytewise by name), minus what .dockerignore excludes — except the
// Dockerfile and .dockerignore themselves, which are always sent — and the size of the tar
// stream that carries them. Nothing here touches the daemon.
import type { FsDir, FsNode } from '../fs/fsTypes';
import { byteCompare } from '../fs/layeredVfs';
import { splitPath } from '../fs/path';
import { getChild, utf8Length } from '../fs/tree';
import type { World } from '../world';
import { tarStreamSize, type TarEntry } from './tarSize';

export interface BuildContext {
  /** The files sent, as a tree rooted at the context directory. */
  root: FsDir;
  size: number;
  dockerfileText: string;
  /** Dockerfile path relative to the context (`Dockerfile`, `docker/Dockerfile.dev`). */
  dockerfileName: string;
  dockerignoreText: string;
}

export type ContextProblem =
  /** A path component is missing: EvalSymlinks' `lstat <path>: no such file or directory`. */
  | { kind: 'contextMissing'; lstat: string }
  | { kind: 'contextNotDir'; path: string }
  | { kind: 'dockerfileMissing'; lstat: string }
  /** The Dockerfile path names a directory. */
  | { kind: 'dockerfileIsDir'; path: string };

export interface IgnoreRules {
  parse(text: string): unknown;
  isIgnored(patterns: unknown, relPath: string): boolean;
  hasExceptions(patterns: unknown): boolean;
}

function nodeAt(root: FsDir, path: string): { node?: FsNode; missing?: string } {
  let cur: FsNode = root;
  let walked = '';
  for (const part of splitPath(path)) {
    walked += `/${part}`;
    if (cur.t !== 'd') return { missing: walked };
    const next = getChild(cur, part);
    if (!next || next.t === 'w') return { missing: walked };
    cur = next;
  }
  return { node: cur };
}

export function readBuildContext(world: World, host: string, contextDir: string, dockerfilePath: string, rules: IgnoreRules): BuildContext | ContextProblem {
  const fs = world.hosts[host].fs;
  const ctx = nodeAt(fs, contextDir);
  if (ctx.missing) return { kind: 'contextMissing', lstat: ctx.missing };
  if (ctx.node?.t !== 'd') return { kind: 'contextNotDir', path: contextDir };
  const df = nodeAt(fs, dockerfilePath);
  if (df.missing) return { kind: 'dockerfileMissing', lstat: df.missing };
  if (df.node?.t === 'd') return { kind: 'dockerfileIsDir', path: dockerfilePath };
  const dockerfileText = df.node?.t === 'f' ? df.node.data : '';
  const contextRoot = ctx.node;
  const ignoreNode = getChild(contextRoot, '.dockerignore');
  const dockerignoreText = ignoreNode?.t === 'f' ? ignoreNode.data : '';
  const patterns = rules.parse(dockerignoreText);
  const exceptions = rules.hasExceptions(patterns);
  const dockerfileName = dockerfilePath.startsWith(`${contextDir === '/' ? '' : contextDir}/`) ? dockerfilePath.slice(contextDir === '/' ? 1 : contextDir.length + 1) : dockerfilePath.slice(dockerfilePath.lastIndexOf('/') + 1);
  const alwaysSent = new Set(['.dockerignore', dockerfileName]);

  const entries: TarEntry[] = [];
  const root: FsDir = { t: 'd', mode: contextRoot.mode, mtime: contextRoot.mtime, c: {} };
  const walk = (dir: FsDir, out: FsDir, prefix: string): void => {
    for (const name of Object.keys(dir.c).sort(byteCompare)) {
      const node = dir.c[name];
      if (node.t === 'w') continue;
      const rel = prefix ? `${prefix}/${name}` : name;
      const ignored = !alwaysSent.has(rel) && rules.isIgnored(patterns, rel);
      if (node.t === 'd') {
        // An ignored directory is still walked when an exception pattern may bring files back.
        if (ignored && !exceptions) continue;
        const copy: FsDir = { t: 'd', mode: node.mode, mtime: node.mtime, c: {} };
        if (!ignored) entries.push({ path: rel, type: 'd', size: 0 });
        walk(node, copy, rel);
        if (!ignored || Object.keys(copy.c).length > 0) out.c[name] = copy;
        continue;
      }
      if (ignored) continue;
      entries.push({ path: rel, type: node.t, size: node.t === 'f' ? (node.size ?? utf8Length(node.data)) : 0 });
      out.c[name] = node;
    }
  };
  walk(contextRoot, root, '');
  // A Dockerfile outside the context (-f ../x) is sent too, under its base name.
  if (!getChild(root, dockerfileName.split('/')[0]) && df.node?.t === 'f') {
    root.c[dockerfileName] = df.node;
    entries.push({ path: dockerfileName, type: 'f', size: utf8Length(dockerfileText) });
  }
  return { root, size: tarStreamSize(entries), dockerfileText, dockerfileName, dockerignoreText };
}

export function isContextProblem(x: BuildContext | ContextProblem): x is ContextProblem {
  return 'kind' in x;
}
