// BuildKit's Dockerfile checks (the frontend's linter, Dockerfile 1.8+): the warnings `docker build`
// prints under `[internal] load build definition` and sums up at the end (`1 warning found …`).
// Only the rules a student's Dockerfile meets; the texts are the rule set's formats, each as
// `Rule: message (line N)` (linter.LintFormatShort). The classic builder has no linter.
import type { Dockerfile, Instruction } from './dockerfile/dockerfileTypes';

const short = (rule: string, message: string, line: number) => `${rule}: ${message} (line ${line})`;

/** The words of the instruction as written (keyword first). */
const words = (ins: Instruction) => ins.original.trim().split(/\s+/);

function isLower(s: string): boolean {
  return s.toLowerCase() === s;
}

function isUpper(s: string): boolean {
  return s.toUpperCase() === s;
}

/** Checks made while parsing each instruction, in file order. */
function parseTimeWarnings(ins: Instruction): string[] {
  if (ins.kind === 'ENV' || ins.kind === 'LABEL') {
    // The legacy form is `ENV key value`: its first word has no `=`.
    const first = words(ins)[1] ?? '';
    if (!first.includes('=')) return [short('LegacyKeyValueFormat', `"${ins.kind} key=value" should be used instead of legacy "${ins.kind} key value" format`, ins.line)];
  }
  if (ins.kind === 'FROM' && ins.stage) {
    const w = words(ins);
    const from = w[0];
    const as = w.find((x, i) => i > 1 && x.toLowerCase() === 'as') ?? 'as';
    if ((isLower(from) && !isLower(as)) || (isUpper(from) && !isUpper(as))) return [short('FromAsCasing', `'${as}' and '${from}' keywords' casing do not match`, ins.line)];
  }
  if (ins.kind === 'MAINTAINER') return [short('MaintainerDeprecated', 'Maintainer instruction is deprecated in favor of using label', ins.line)];
  return [];
}

/** Checks made while converting the stages, in file order. */
function dispatchWarnings(df: Dockerfile): string[] {
  const out: string[] = [];
  let shellSet = false;
  let seen: Partial<Record<'CMD' | 'ENTRYPOINT' | 'HEALTHCHECK', Instruction>> = {};
  for (const ins of df.instructions) {
    if (ins.kind === 'FROM') {
      shellSet = false;
      seen = {};
      continue;
    }
    if (ins.kind === 'SHELL') shellSet = true;
    if (ins.kind !== 'CMD' && ins.kind !== 'ENTRYPOINT' && ins.kind !== 'HEALTHCHECK') continue;
    // Only the last one counts: the earlier one is the one flagged.
    const before = seen[ins.kind];
    if (before) out.push(short('MultipleInstructionsDisallowed', `Multiple ${ins.kind} instructions should not be used in the same stage because only the last one will be used`, before.line));
    seen[ins.kind] = ins;
    if (ins.kind !== 'HEALTHCHECK' && ins.command.form === 'shell' && !shellSet) {
      out.push(short('JSONArgsRecommended', `JSON arguments recommended for ${ins.kind} to prevent unintended behavior related to OS signals`, ins.line));
    }
  }
  return out;
}

export function lintDockerfile(df: Dockerfile): string[] {
  return [...df.instructions.flatMap(parseTimeWarnings), ...dispatchWarnings(df)];
}
