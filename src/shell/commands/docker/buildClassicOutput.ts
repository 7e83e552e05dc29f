// The classic builder's output as timed chunks: `Sending build context`, then per step
// `Step N/M : …`, the pull lines inside FROM, ` ---> Using cache`, ` ---> Running in <id>`, the
// RUN output as it streams, the removal line and ` ---> <id>`; `Successfully built/tagged` at
// the end, or the failure in the daemon's words.
import type { BuildResult, BuildStep } from '../../../engine/build';
import { fakeSha256 } from '../../../engine/hub/fakeSha256';
import type { BuildMessages } from '../../../engine/profile/buildMessages';
import { humanSizeWithPrecision } from '../../format/units';

export interface TimedChunk {
  at: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

const short = (id: string) => id.replace(/^sha256:/, '').slice(0, 12);

/** jsonmessage's progress line when the total is unknown: the action, then `%8v` of HumanSize. */
export function sendingContextLine(bytes: number): string {
  return `Sending build context to Docker daemon ${humanSizeWithPrecision(bytes, 4).padStart(8)}`;
}

function stepLines(step: BuildStep, msg: BuildMessages, out: TimedChunk[]): void {
  const at = step.startMs;
  const line = (text: string, when = at, stream: TimedChunk['stream'] = 'stdout') => out.push({ at: when, stream, text: `${text}\n` });
  line(`Step ${step.n}/${'{M}'} : ${step.instruction.original}`);
  const kind = step.instruction.kind;
  if (kind === 'FROM') {
    if (step.pull) {
      line(step.pull.lines[0]);
      step.pull.lines.slice(1).forEach((l) => line(l, at + step.durationMs));
    }
    // Printed after every dispatched step; `FROM scratch` has no image id yet.
    line(` ---> ${short(step.imageId ?? '')}`, at + step.durationMs);
    return;
  }
  if (step.cached) {
    line(' ---> Using cache');
    if (step.imageId) line(` ---> ${short(step.imageId)}`, at + step.durationMs);
    return;
  }
  const end = at + step.durationMs;
  const printsRunningIn = step.containerId && (kind !== 'WORKDIR' || msg.workdirPrintsRunningIn) && kind !== 'COPY' && kind !== 'ADD';
  if (printsRunningIn) line(` ---> Running in ${short(step.containerId!)}`);
  // The daemon streams a step's stderr in red (streamformatter's StderrWriter), on the CLI's stdout.
  for (const o of step.output) out.push({ at: at + o.at, stream: 'stdout', text: o.stream === 'stderr' ? `\x1b[91m${o.text}\x1b[0m` : o.text });
  if (step.exitCode !== undefined && step.exitCode !== 0) return;
  if (step.containerId && kind !== 'COPY' && kind !== 'ADD') line(msg.removedIntermediate(short(step.containerId)), end);
  if (step.imageId) line(` ---> ${short(step.imageId)}`, end);
}

/** The whole classic output; `{M}` placeholders are filled with the step count. */
export function classicChunks(result: BuildResult, tags: string[], msg: BuildMessages): { chunks: TimedChunk[]; exitCode: number } {
  const out: TimedChunk[] = [{ at: 0, stream: 'stdout', text: `${sendingContextLine(result.contextSize)}\n` }];
  const end = result.durationMs;
  const f = result.failure;
  if (f?.kind === 'parse') {
    const text = f.origin === 'instruction' ? `Dockerfile parse error line ${f.line}: ${f.message}` : f.message;
    out.push({ at: 0, stream: 'stderr', text: `Error response from daemon: ${text}\n` });
    return { chunks: out, exitCode: 1 };
  }
  // The parser's warnings go out through the builder's (red) stderr writer in one write.
  if (result.warnings.length) out.push({ at: 0, stream: 'stdout', text: `\x1b[91m${result.warnings.join('\n')}\n\x1b[0m` });
  for (const step of result.steps) stepLines(step, msg, out);
  for (const c of out) c.text = c.text.replace('{M}', String(result.total));
  if (f) {
    let text: string;
    if (f.kind === 'run') text = `The command '${f.command}' returned a non-zero code: ${f.exitCode}`;
    else if (f.message.startsWith('missing:')) text = msg.copyMissing(f.message.slice(8), `/var/lib/docker/tmp/docker-builder${BigInt(`0x${fakeSha256(result.dockerfileText).slice(0, 8)}`) % 1000000000n}`);
    else text = f.message;
    out.push({ at: end, stream: 'stderr', text: `${text}\n` });
    return { chunks: out, exitCode: 1 };
  }
  if (result.unusedArgs.length) out.push({ at: end, stream: 'stdout', text: `[Warning] One or more build-args [${result.unusedArgs.join(' ')}] were not consumed\n` });
  out.push({ at: end, stream: 'stdout', text: `Successfully built ${short(result.imageId!)}\n` });
  for (const t of tags) out.push({ at: end, stream: 'stdout', text: `Successfully tagged ${t}\n` });
  return { chunks: out, exitCode: 0 };
}
