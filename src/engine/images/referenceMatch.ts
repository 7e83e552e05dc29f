// The daemon's `reference` filter (`docker images PATTERN`, `-f reference=PATTERN`): Go's
// path.Match of the pattern against an image's references. 18.03 tries the familiar forms
// (`alpine:latest`, `alpine`; reference.FamiliarMatch); today's daemon also the canonical ones
// (`docker.io/library/alpine:latest`, `docker.io/library/alpine`), and its containerd image store
// treats a malformed pattern as no match instead of an error.
import { SimError } from '../errors';
import type { ProfileName } from '../world';

/** Go's path.Match pattern as a RegExp: `*` and `?` stop at `/`, `[…]` classes, `\` escapes. */
function patternRegExp(pattern: string): RegExp {
  const bad = () => new SimError('syntax error in pattern', 'invalid');
  const lit = (c: string) => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '\\') {
      if (i + 1 >= pattern.length) throw bad();
      re += lit(pattern[++i]);
    } else if (c === '[') {
      let j = i + 1;
      let cls = '';
      if (pattern[j] === '^') {
        cls += '^';
        j++;
      }
      let first = true;
      for (;;) {
        if (j >= pattern.length) throw bad();
        if (pattern[j] === ']' && !first) break;
        let lo = pattern[j];
        if (lo === '\\') lo = pattern[++j] ?? '';
        if (lo === '' || (lo === ']' && first && pattern[j] === ']')) throw bad();
        j++;
        let hi = lo;
        if (pattern[j] === '-' && pattern[j + 1] !== undefined && pattern[j + 1] !== ']') {
          hi = pattern[j + 1] === '\\' ? (pattern[j + 2] ?? '') : pattern[j + 1];
          j += pattern[j + 1] === '\\' ? 3 : 2;
          if (hi === '' || hi < lo) throw bad();
        }
        cls += lo === hi ? lit(lo) : `${lit(lo)}-${lit(hi)}`;
        first = false;
      }
      // A negated class never matches the separator either.
      re += cls.startsWith('^') ? `[${cls}/]` : `[${cls}]`;
      i = j;
    } else re += lit(c);
  }
  return new RegExp(`^${re}$`, 'u');
}

/** The names one tag (`repo:tag`, familiar) is known by, for the era's daemon. */
function targets(era: ProfileName, familiarTag: string): string[] {
  const repo = familiarTag.slice(0, familiarTag.lastIndexOf(':'));
  const out = [familiarTag, repo];
  if (era === 'current') {
    const first = repo.split('/')[0];
    const hasDomain = repo.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
    const canonical = hasDomain ? repo : repo.includes('/') ? `docker.io/${repo}` : `docker.io/library/${repo}`;
    out.push(`${canonical}${familiarTag.slice(repo.length)}`, canonical);
  }
  return out;
}

/** A predicate over familiar `repo:tag` strings; throws the daemon's error for a bad 18.03 pattern. */
export function referenceMatcher(era: ProfileName, pattern: string): (familiarTag: string) => boolean {
  let re: RegExp;
  try {
    re = patternRegExp(pattern);
  } catch (e) {
    if (era === 'current') return () => false;
    throw e;
  }
  return (tag) => targets(era, tag).some((t) => re.test(t));
}
