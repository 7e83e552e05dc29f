// parseDockerfile: Dockerfile text → the instructions the builder runs, or the first error in the
// order Docker finds it: line-splitting errors of the whole file first, then instruction by
// instruction (its own errors, then "no build stage" for a non-ARG before the first FROM).
import { dockerfileMessages, type DockerfileMessages } from '../../profile/dockerfileMessages';
import type { ProfileName } from '../../world';
import { DockerfileSyntaxError } from './dockerfileErrors';
import type { Dockerfile, DockerfileParseError, Instruction, ParseResult } from './dockerfileTypes';
import { parseNode, type InstructionNode } from './instructionNode';
import { splitLogicalLines, type LogicalLine } from './logicalLines';
import { typeInstruction } from './typeInstruction';

export function parseDockerfile(text: string, profile: ProfileName = 'current'): ParseResult {
  const msg = dockerfileMessages[profile];
  try {
    return { ok: true, dockerfile: parseOrThrow(text, msg) };
  } catch (e) {
    if (!(e instanceof DockerfileSyntaxError)) throw e;
    const error: DockerfileParseError = { line: e.line ?? 1, message: e.message, origin: e.origin };
    return { ok: false, error };
  }
}

function parseOrThrow(text: string, msg: DockerfileMessages): Dockerfile {
  const { escape, lines, emptyContinuations } = splitLogicalLines(text);
  const nodes: [LogicalLine, InstructionNode][] = lines.map((l) => [l, atLine(l.line, () => parseNode(l.text, escape, msg))]);
  if (nodes.length === 0) {
    const lineCount = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    throw new DockerfileSyntaxError(msg.noInstructions, 'parser', Math.max(lineCount, 1));
  }

  const instructions: Instruction[] = [];
  let sawFrom = false;
  for (const [l, node] of nodes) {
    const original = l.text.trim();
    const body = atLine(l.line, () => typeInstruction(node, original, msg));
    if (body.kind === 'FROM') sawFrom = true;
    else if (!sawFrom && body.kind !== 'ARG') throw new DockerfileSyntaxError(msg.noBuildStage, 'stage', l.line);
    instructions.push({ ...body, line: l.line, endLine: l.endLine, original } as Instruction);
  }
  if (!sawFrom) throw new DockerfileSyntaxError(msg.noStages, 'stage', nodes[nodes.length - 1][0].line);

  const warnings = msg.warnsEmptyContinuation && emptyContinuations.length > 0
    ? [
        ...emptyContinuations.map((line) => `[WARNING]: Empty continuation line found in:\n    ${line}`),
        '[WARNING]: Empty continuation lines will become errors in a future release.',
      ]
    : [];
  return { escape, instructions, warnings };
}

function atLine<T>(line: number, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof DockerfileSyntaxError && e.line === undefined) e.line = line;
    throw e;
  }
}

/** The first non-ARG instruction before any FROM: where Docker stops with "no build stage". */
export function findInstructionBeforeFrom(dockerfile: Pick<Dockerfile, 'instructions'>): Instruction | undefined {
  for (const i of dockerfile.instructions) {
    if (i.kind === 'FROM') return undefined;
    if (i.kind !== 'ARG') return i;
  }
  return undefined;
}

/** Docker's texts for that case (also `error.message` of a `stage` failure in each era). */
export const NO_BUILD_STAGE_BUILDKIT = dockerfileMessages.current.noBuildStage;
export const NO_BUILD_STAGE_CLASSIC = dockerfileMessages.classic.noBuildStage;
