// BuildKit's vertices for a build result: the internal loads (definition, base metadata,
// .dockerignore, context), one `[i/N]` vertex per filesystem step (FROM, RUN, COPY, ADD,
// WORKDIR), `exporting to image`; and the text left once the build ended — the final frame,
// then for a failure the step's log box, the Dockerfile excerpt and `ERROR: failed to solve: …`.
import type { BuildResult, BuildStep } from '../../../engine/build';
import { fakeSha256 } from '../../../engine/hub/fakeSha256';
import { sourceExcerpt, type BuildKitStatus, type BuildKitVertex, type BuildKitView } from './buildKitDisplay';

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

/** `docker.io/library/python:3` for `python:3`. */
function fullName(ref: string): string {
  const withTag = /:[^/]+$/.test(ref) || ref.includes('@') ? ref : `${ref}:latest`;
  const first = withTag.split('/')[0];
  if (withTag.includes('/') && (first.includes('.') || first.includes(':'))) return withTag;
  return `docker.io/${withTag.includes('/') ? withTag : `library/${withTag}`}`;
}

function metadataError(full: string): string {
  return `failed to resolve source metadata for ${full}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
}

/** BuildKit names the context's snapshot `<session uuid>::<ref id>`; both random, here derived. */
function contextRef(seed: string): string {
  const h = fakeSha256(`ctxref:${seed}`);
  const base36 = [...fakeSha256(`ref:${seed}`)].map((c) => (parseInt(c, 16) * 2 + (c.charCodeAt(0) & 1)).toString(36)).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}::${base36.slice(0, 25)}`;
}

function stepMessage(f: BuildResult['failure'], seed: string): string {
  if (f?.kind !== 'step') return '';
  return f.message.startsWith('missing:') ? `failed to compute cache key: failed to calculate checksum of ref ${contextRef(seed)}: "${f.message.slice(8)}": not found` : f.message;
}

/** tonistiigi/units' `%.2f` of Bytes: 1024-based, kB/MB/GB. */
function bytes(n: number): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${n}B` : `${v.toFixed(2)}${units[i]}`;
}

/** Transfers print in the same units: `345B`, then `4.09MB` for a context with a big file. */
function transferred(n: number): string {
  return bytes(n);
}

/** buildx's printWarnings: the count in yellow, then one line per warning. */
function warningSummary(warnings: string[]): string {
  if (warnings.length === 0) return '';
  const count = warnings.length === 1 ? '1 warning found' : `${warnings.length} warnings found`;
  return `\n \x1b[33m${count} (use docker --debug to expand):\n\x1b[0m${warnings.map((w) => ` - ${w}\n`).join('')}`;
}

export interface BuildKitPlan {
  view: BuildKitView;
  /** What follows the final frame: the linter's warnings, and a failure's logs and error. */
  tail: string;
  /** The same for `-q`, which prints no warnings. */
  quietTail: string;
  exitCode: number;
  durationMs: number;
}

export function buildKitPlan(result: BuildResult, tags: string[]): BuildKitPlan {
  const vertices: BuildKitVertex[] = [];
  const df = result.dockerfileName;
  vertices.push({ name: `[internal] load build definition from ${df}`, start: 0, end: LOAD_MS, statuses: [{ name: `transferring dockerfile: ${transferred(result.dockerfileSize + 2)}`, start: 0, end: LOAD_MS }], warnings: result.lintWarnings });
  const f = result.failure;
  const failedStep = f && 'step' in f ? f.step : undefined;
  const fromSteps = result.steps.filter((s) => s.instruction.kind === 'FROM' && (s.fromRef || s.n === failedStep) && s.fromName !== 'scratch');
  const bases = [...new Set(fromSteps.map((s) => s.fromRef?.replace(/@sha256:.*$/, '') ?? fullName(s.fromName ?? '')))];
  const offset = LOAD_MS;
  const metaEnd = offset + (bases.length ? METADATA_MS : 0);
  const fromFailure = fromSteps.find((s) => s.n === failedStep);
  for (const b of bases) {
    const error = fromFailure && b === fullName(fromFailure.fromName ?? '') ? metadataError(b) : undefined;
    vertices.push({ name: `[internal] load metadata for ${b}`, start: offset, end: metaEnd, statuses: [], error });
  }
  if (result.failure?.kind !== 'parse') {
    vertices.push({ name: '[internal] load .dockerignore', start: metaEnd, end: metaEnd + LOAD_MS, statuses: [{ name: `transferring context: ${transferred(result.dockerignoreSize + 2)}`, start: metaEnd, end: metaEnd + LOAD_MS }] });
  }
  const base = metaEnd + LOAD_MS;
  const usesContext = result.steps.some((s) => (s.instruction.kind === 'COPY' || s.instruction.kind === 'ADD') && !s.instruction.from);
  let contextAdded = false;
  for (const step of result.steps) {
    if (!step.vertex || (fromFailure && step.n >= fromFailure.n)) continue;
    const start = base + step.startMs;
    const end = start + step.durationMs;
    if ((step.instruction.kind === 'COPY' || step.instruction.kind === 'ADD') && usesContext && !contextAdded) {
      contextAdded = true;
      vertices.push({ name: '[internal] load build context', start, end: start + LOAD_MS, statuses: [{ name: `transferring context: ${transferred(result.transferredContext)}`, start, end: start + LOAD_MS }] });
    }
    const statuses: BuildKitStatus[] = [];
    if (step.pull && step.fromRef) {
      statuses.push({ name: `resolve ${step.fromRef}`, start, end: start + 10 });
      for (const l of step.pull.layers) statuses.push({ name: l.digest, status: `${bytes(l.size)} / ${bytes(l.size)}`, start: start + l.downloadStartAt, end: start + l.downloadedAt });
      for (const l of step.pull.layers) statuses.push({ name: `extracting ${l.digest}`, start: start + l.extractStartAt, end: start + l.extractedAt });
    }
    const logs = step.output.flatMap((o) => o.text.replace(/\n$/, '').split('\n').map((text) => ({ at: o.at, text })));
    const error = step.n !== failedStep ? undefined : f?.kind === 'run' ? `process "${f.command}" did not complete successfully: exit code: ${f.exitCode}` : stepMessage(f, result.dockerfileText);
    vertices.push({ name: vertexName(step), start, end, cached: step.cached || (step.instruction.kind === 'FROM' && !step.pull), error, statuses, logs });
  }
  let exitCode = 0;
  let tail = '';
  let end = base + result.durationMs;
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
    // progressui's printErrorLogs: a box per failed vertex with the output it kept.
    for (const v of vertices.filter((x) => x.error !== undefined)) {
      const logs = (v.logs ?? []).map((l) => `${(l.at / 1000).toFixed(3)} ${l.text}\n`).join('');
      tail += `------\n > ${v.name}:\n${logs}------\n`;
    }
    // buildx prints the warnings when the progress view closes, before the error.
    tail += warningSummary(result.lintWarnings);
    const step = 'step' in f ? result.steps.find((s) => s.n === f.step) : undefined;
    if (f.kind === 'parse') {
      const text = f.origin === 'instruction' ? `dockerfile parse error on line ${f.line}: ${f.message}` : f.message;
      tail += sourceExcerpt(df, result.dockerfileText, f.line);
      tail += `ERROR: failed to solve: ${text}\n`;
    } else if (step) {
      tail += sourceExcerpt(df, result.dockerfileText, step.instruction.line, step.instruction.endLine);
      const error = fromFailure ? `${fromFailure.fromName}: ${metadataError(fullName(fromFailure.fromName ?? ''))}` : (vertices.find((v) => v.error !== undefined)?.error ?? '');
      tail += `ERROR: failed to solve: ${error}\n`;
    }
  }
  if (!f) tail += warningSummary(result.lintWarnings);
  end = Math.max(end, ...vertices.map((v) => v.end));
  const view: BuildKitView = { vertices, totalMs: end, builder: 'docker:default' };
  return { view, tail, quietTail: tail.replace(warningSummary(result.lintWarnings), ''), exitCode, durationMs: end };
}
