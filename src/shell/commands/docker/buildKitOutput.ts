// BuildKit's vertices for a build result: the internal loads (definition, base metadata,
// .dockerignore, context), one `[i/N]` vertex per filesystem step (FROM, RUN, COPY, ADD,
// WORKDIR), `exporting to image`; and the text left once the build ended — the final frame,
// then for a failure the step's log box, the Dockerfile excerpt and `ERROR: failed to solve: …`.
import type { BuildResult, BuildStep } from '../../../engine/build';
import { buildKitFrame, sourceExcerpt, type BuildKitVertex, type BuildKitView } from './buildKitDisplay';

const LOAD_MS = 40;
const METADATA_MS = 700;

function vertexName(step: BuildStep): string {
  const v = step.vertex!;
  const label = `[${v.stage ? `${v.stage} ` : ''}${v.index}/${v.total}]`;
  const ins = step.instruction;
  if (ins.kind === 'FROM') return `${label} FROM ${step.fromRef ?? step.fromName ?? ins.image}`;
  const keyword = ins.original.trimStart().split(/\s+/)[0];
  return `${label} ${keyword.toUpperCase()}${ins.original.trimStart().slice(keyword.length)}`;
}

function transferred(bytes: number): string {
  return `${bytes}B`;
}

export interface BuildKitPlan {
  view: BuildKitView;
  /** What follows the final frame when the build failed. */
  tail: string;
  exitCode: number;
  durationMs: number;
}

export function buildKitPlan(result: BuildResult, tags: string[]): BuildKitPlan {
  const vertices: BuildKitVertex[] = [];
  const df = result.dockerfileName;
  vertices.push({ name: `[internal] load build definition from ${df}`, start: 0, end: LOAD_MS, statuses: [{ name: `transferring dockerfile: ${transferred(result.dockerfileSize + 2)}`, start: 0, end: LOAD_MS }] });
  const bases = [...new Set(result.steps.filter((s) => s.instruction.kind === 'FROM' && s.fromRef).map((s) => s.fromRef!.replace(/@sha256:.*$/, '')))];
  const offset = LOAD_MS;
  const metaEnd = offset + (bases.length ? METADATA_MS : 0);
  for (const b of bases) vertices.push({ name: `[internal] load metadata for ${b}`, start: offset, end: metaEnd, statuses: [] });
  if (result.failure?.kind !== 'parse') {
    vertices.push({ name: '[internal] load .dockerignore', start: metaEnd, end: metaEnd + LOAD_MS, statuses: [{ name: `transferring context: ${transferred(result.dockerignoreSize + 2)}`, start: metaEnd, end: metaEnd + LOAD_MS }] });
  }
  const base = metaEnd + LOAD_MS;
  const usesContext = result.steps.some((s) => (s.instruction.kind === 'COPY' || s.instruction.kind === 'ADD') && !s.instruction.from);
  let contextAdded = false;
  const failedStep = result.failure && 'step' in result.failure ? result.failure.step : undefined;
  for (const step of result.steps) {
    if (!step.vertex) continue;
    const start = base + step.startMs;
    const end = start + step.durationMs;
    if ((step.instruction.kind === 'COPY' || step.instruction.kind === 'ADD') && usesContext && !contextAdded) {
      contextAdded = true;
      vertices.push({ name: '[internal] load build context', start, end: start + LOAD_MS, statuses: [{ name: `transferring context: ${transferred(result.transferredContext)}`, start, end: start + LOAD_MS }] });
    }
    const statuses = [];
    if (step.pull && step.fromRef) {
      statuses.push({ name: `resolve ${step.fromRef}`, start, end: start + 10 });
      for (const l of step.pull.layers) statuses.push({ name: `extracting ${l.digest}`, start, end });
    }
    vertices.push({ name: vertexName(step), start, end, cached: step.cached || (step.instruction.kind === 'FROM' && !step.pull), error: step.n === failedStep, statuses });
  }
  let exitCode = 0;
  let tail = '';
  let end = base + result.durationMs;
  const f = result.failure;
  if (!f && result.imageId) {
    const exportMs = result.reused ? 10 : 120;
    const names = tags.map((t) => ({ name: `naming to docker.io/${t.includes('/') ? t : `library/${t}`}`, start: end + exportMs, end: end + exportMs }));
    vertices.push({
      name: 'exporting to image',
      start: end,
      end: end + exportMs,
      statuses: [{ name: 'exporting layers', start: end, end: end + exportMs - 10 }, { name: `writing image sha256:${result.imageId}`, start: end + exportMs - 10, end: end + exportMs }, ...names],
    });
    end += exportMs;
  } else if (f) {
    exitCode = 1;
    const step = 'step' in f ? result.steps.find((s) => s.n === f.step) : undefined;
    if (f.kind === 'run' && step) {
      const logs = step.output.map((o) => o.text.split('\n').filter((l, i, a) => l !== '' || i < a.length - 1).map((l) => `${(o.at / 1000).toFixed(3)} ${l}\n`).join('')).join('');
      tail += `------\n > ${vertexName(step)}:\n${logs}------\n`;
      tail += sourceExcerpt(df, result.dockerfileText, step.instruction.line, step.instruction.endLine);
      tail += `ERROR: failed to solve: process "${f.command}" did not complete successfully: exit code: ${f.exitCode}\n`;
    } else if (f.kind === 'parse') {
      const text = f.origin === 'instruction' ? `dockerfile parse error on line ${f.line}: ${f.message}` : f.message;
      tail += sourceExcerpt(df, result.dockerfileText, f.line);
      tail += `ERROR: failed to solve: ${text}\n`;
    } else if (step) {
      const msg = f.kind === 'step' && f.message.startsWith('missing:') ? `failed to compute cache key: failed to calculate checksum of ref: "${f.message.slice(8)}": not found` : f.kind === 'step' ? f.message : '';
      tail += sourceExcerpt(df, result.dockerfileText, step.instruction.line, step.instruction.endLine);
      tail += `ERROR: failed to solve: ${msg}\n`;
    }
  }
  end = Math.max(end, ...vertices.map((v) => v.end));
  const view: BuildKitView = { vertices, totalMs: end, builder: 'docker:default' };
  return { view, tail, exitCode, durationMs: end };
}

/** The final frame and the failure text, as printed when the build ends. */
export function buildKitFinalText(plan: BuildKitPlan, cols?: number): string {
  return buildKitFrame(plan.view, plan.durationMs, cols, 'final').text + plan.tail;
}
