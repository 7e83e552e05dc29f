// .dockerignore as Docker reads it (moby/patternmatcher ignorefile.ReadAll) and matches it
// (PatternMatcher.Matches): `*` and `?` stay within one path segment, `**` spans any number,
// `[…]` classes, `!` re-includes, the last matching pattern wins, and a pattern that matches a
// parent directory (at the pattern's own depth) matches everything below it.

export interface IgnorePattern {
  /** The cleaned pattern without its `!`. */
  pattern: string;
  exclusion: boolean;
  regex: RegExp;
  /** Path segments in the pattern: a file also matches through its parent at this depth. */
  depth: number;
}

/** Patterns of a .dockerignore text: comments (`#` at column 0) and blank lines dropped, paths cleaned. */
export function parseDockerignore(text: string): IgnorePattern[] {
  const out: IgnorePattern[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split('\n')) {
    if (raw.startsWith('#')) continue;
    let p = raw.trim();
    if (p === '') continue;
    const exclusion = p.startsWith('!');
    if (exclusion) p = p.slice(1).trim();
    if (p !== '') {
      p = cleanPath(p);
      if (p.length > 1 && p.startsWith('/')) p = p.slice(1);
    }
    // A lone "!" is an error in Docker (illegal exclusion pattern); it matches nothing here.
    if (p === '') continue;
    out.push({ pattern: p, exclusion, regex: compile(p), depth: p.split('/').length });
  }
  return out;
}

/** Whether the context path (relative, `/`-separated, e.g. `app/main.py`) is left out of the build. */
export function isIgnored(patterns: readonly IgnorePattern[], relPath: string): boolean {
  const file = cleanPath(relPath).replace(/^\/+/, '');
  const parentDirs = file.includes('/') ? file.split('/').slice(0, -1) : [];
  let matched = false;
  for (const p of patterns) {
    // Only a pattern that could flip the current answer is tried.
    if (p.exclusion !== matched) continue;
    let match = p.regex.test(file);
    if (!match && parentDirs.length > 0 && p.depth <= parentDirs.length) {
      match = p.regex.test(parentDirs.slice(0, p.depth).join('/'));
    }
    if (match) matched = !p.exclusion;
  }
  return matched;
}

/** Go's filepath.Clean for `/` paths: no `.`, `..` resolved, no repeated or trailing slashes. */
export function cleanPath(path: string): string {
  const rooted = path.startsWith('/');
  const parts: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else if (!rooted) parts.push('..');
      continue;
    }
    parts.push(seg);
  }
  const joined = parts.join('/');
  if (rooted) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

function compile(pattern: string): RegExp {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') i++;
        // `**` at the end matches everything, elsewhere any number of whole directories.
        re += i + 1 >= pattern.length ? '.*' : '(.*/)?';
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) {
        re += '\\[';
        continue;
      }
      let cls = pattern.slice(i + 1, end);
      if (cls.startsWith('^') || cls.startsWith('!')) cls = `^${cls.slice(1)}`;
      re += `[${cls.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else if (ch === '\\' && i + 1 < pattern.length) re += escapeRegex(pattern[++i]);
    else re += escapeRegex(ch);
  }
  return new RegExp(`${re}$`);
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
