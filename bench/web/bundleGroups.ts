// Which chunks a first visit loads, and how the bundle report folds module paths into folders.

/** Vite's .vite/manifest.json (build.manifest): one entry per chunk, keyed by its source. */
export type Manifest = Record<string, { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }>;

/** The entry chunks and, transitively, their static imports: what loads before any import(). */
export function initialChunks(manifest: Manifest): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const entry = manifest[key];
    if (!entry || files.has(entry.file)) return;
    files.add(entry.file);
    for (const dep of entry.imports ?? []) visit(dep);
  };
  for (const [key, entry] of Object.entries(manifest)) if (entry.isEntry) visit(key);
  return files;
}

/**
 * A module's folder for the report: a package under node_modules (with its scope), or the first
 * `depth` levels under src/ (3: src/engine/hub, src/shell/commands) — deep enough to name an owner.
 */
export function groupOf(path: string, depth = 3): string {
  const parts = path.split('/');
  const nm = parts.lastIndexOf('node_modules');
  if (nm >= 0) {
    const name = parts[nm + 1]?.startsWith('@') ? `${parts[nm + 1]}/${parts[nm + 2]}` : parts[nm + 1];
    return `node_modules/${name}`;
  }
  if (parts[0] === 'src' || parts[0] === 'lessons') return parts.slice(0, Math.min(depth, parts.length - 1)).join('/') || path;
  return parts.slice(0, -1).join('/') || path;
}
