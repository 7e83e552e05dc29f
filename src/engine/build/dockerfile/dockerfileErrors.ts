// The Dockerfile errors whose texts are the same in both eras, and the thrown form every parser
// error takes until parseDockerfile turns it into a `ParseResult` failure. Era-dependent texts
// live in profile/dockerfileMessages.ts. Sources: moby/buildkit frontend/dockerfile/{parser,
// instructions}, docker 18.03 builder/dockerfile/{parser,instructions}.
import type { DockerfileParseError } from './dockerfileTypes';

export class DockerfileSyntaxError extends Error {
  readonly origin: DockerfileParseError['origin'];
  /** Set where it is known; the instruction loop fills in the instruction's first line. */
  line?: number;

  constructor(message: string, origin: DockerfileParseError['origin'], line?: number) {
    super(message);
    this.name = 'DockerfileSyntaxError';
    this.origin = origin;
    this.line = line;
  }
}

export const instructionError = (message: string) => new DockerfileSyntaxError(message, 'instruction');
export const parserError = (message: string) => new DockerfileSyntaxError(message, 'parser');

export const errAtLeastOneArgument = (cmd: string) => instructionError(`${cmd} requires at least one argument`);
export const errExactlyOneArgument = (cmd: string) => instructionError(`${cmd} requires exactly one argument`);
export const errBlankNames = (cmd: string) => instructionError(`${cmd} names can not be blank`);
export const errNotJson = (cmd: string) => instructionError(`${cmd} requires the arguments to be in JSON form`);

export const INSTRUCTION_NAMES = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
] as const;

/**
 * BuildKit's `util/suggest`: the option at Levenshtein distance under 3 (the nearest, the first
 * on a tie), none when the value is itself an option; case-insensitive searches answer in the
 * case the user typed.
 */
export function suggest(value: string, options: readonly string[], caseSensitive: boolean): string | undefined {
  const typed = caseSensitive ? value : value.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const option of options) {
    const candidate = caseSensitive ? option : option.toLowerCase();
    if (candidate === typed) return undefined;
    const d = levenshtein(typed, candidate);
    if (d < bestDistance) {
      bestDistance = d;
      best = caseSensitive ? candidate : matchCase(candidate, value);
    }
  }
  return best;
}

function matchCase(option: string, typed: string): string {
  if (typed === typed.toLowerCase()) return option.toLowerCase();
  if (typed === typed.toUpperCase()) return option.toUpperCase();
  return option;
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost));
    }
    prev = row;
  }
  return prev[b.length];
}
