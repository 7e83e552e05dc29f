// The one place the builder reaches the Dockerfile parser module (dockerfile/): parsing, `$VAR`
// expansion and .dockerignore matching, adapted to the shapes the builder passes around.
import type { IgnoreRules } from './buildContext';
import { isIgnored, parseDockerignore, type IgnorePattern } from './dockerfile/dockerignore';
import { expandWord } from './dockerfile/expandWord';

export { parseDockerfile } from './dockerfile/parseDockerfile';

export function expandVars(word: string, env: Record<string, string>): string {
  return expandWord(word, env);
}

export const ignoreRules: IgnoreRules = {
  parse: (text) => parseDockerignore(text),
  isIgnored: (patterns, relPath) => isIgnored(patterns as IgnorePattern[], relPath),
  hasExceptions: (patterns) => (patterns as IgnorePattern[]).some((p) => p.exclusion),
};
