// The shell's public API: the only functions the terminal skin, the headless runner, the store
// and the tests call. Each call is one immer `produce` over the world and returns the new world.
import { Immer } from 'immer';
import type { Ctx } from '../engine/ctx';
import type { SimEvent } from '../engine/events';
import { getProfile } from '../engine/profile';
import { registerScriptRunner } from '../engine/programs/scriptRunner';
import { tick } from '../engine/tick';
import type { Frame, SqlAnswer, Terminal, World } from '../engine/world';
import { answerSqlRequest } from '../engine/db/sqlRequests';
import { commandContext, type Io } from './interpreter';
import { makeRuntime, utilStyleOf, frameVfs, type Runtime } from './interp/runtime';
import { frameProgram } from './frames/registry';
import { resumeAfterJob, shellState } from './frames/shellProgram';
import { setShellState } from './interp/frameState';
import { getJobHandler } from './jobs/registry';
import { registerJobHandler } from './jobs/registry';
import { sleepJob } from './jobs/sleepJob';
import { psqlJobHandler } from './commands/psql/psqlJob';
import { setBusyboxProbe } from './prompt';
import { containerScriptRunner } from './containerScriptRunner';
import type { Chunk, JobContext, LineOutcome } from './types';
import { getContainerById } from '../engine/tables/containerTable';
import { editorJob, isEditorJob, type EditorJobData } from './commands/editors/editorJob';
import { closeEditorJob, writeEditorBuffer, type EditorWriteResult } from './commands/editors/editorFiles';

export type { LineOutcome, Chunk } from './types';

registerJobHandler(sleepJob);
registerJobHandler(editorJob);
registerJobHandler(psqlJobHandler);
registerScriptRunner(containerScriptRunner);
setBusyboxProbe((world, frame) => {
  const host = Object.values(world.hosts).find((h) => frame.containerId && getContainerById(h.daemon, frame.containerId));
  if (!host) return true;
  const ctx: Ctx = { world, events: [] };
  return utilStyleOf(frame, frameVfs(ctx, host.name, frame)) === 'busybox';
});

// The engine never mutates a world outside a produce, so freezing each result only costs time:
// freezing walks every entry of each changed table, and a frozen integer-keyed table (processes)
// copies several times slower on its next change.
const immer = new Immer({ autoFreeze: false });

function top(t: Terminal): Frame {
  return t.frames[t.frames.length - 1];
}

interface Pass {
  output: Chunk[];
  exitCode: number;
  clear: boolean;
}

function collector(output: Chunk[]): Io {
  const push = (stream: Chunk['stream']) => (text: string) => {
    if (text === '') return;
    const last = output[output.length - 1];
    if (last && last.stream === stream && !last.transient) last.text += text;
    else output.push({ stream, text });
  };
  return { stdin: '', fds: { 1: push('stdout'), 2: push('stderr') }, tty: { 1: true, 2: true } };
}

/** The host the top frame runs on: the nearest frame that names one (an ssh login), else the terminal's. */
function stackHost(t: Terminal): string {
  for (let i = t.frames.length - 1; i >= 0; i--) {
    const h = t.frames[i].host;
    if (h !== undefined) return h;
  }
  return t.host;
}

function topRuntime(ctx: Ctx, terminal: Terminal): Runtime {
  return makeRuntime({
    ctx,
    terminal,
    frame: top(terminal),
    host: stackHost(terminal),
    profile: getProfile(ctx.world),
    pushFrame: (f) => terminal.frames.push(f),
    startJob: () => {},
    session: { clear: false },
  });
}

function pass(world: World, terminalId: string, body: (ctx: Ctx, terminal: Terminal, io: Io, p: Pass) => void): LineOutcome {
  const events: SimEvent[] = [];
  const p: Pass = { output: [], exitCode: 0, clear: false };
  const next = immer.produce(world, (draft) => {
    const terminal = draft.terminals[terminalId];
    if (!terminal) throw new Error(`no terminal ${terminalId}`);
    body({ world: draft, events }, terminal, collector(p.output), p);
  });
  const running = next.terminals[terminalId].job !== null;
  return {
    world: next,
    output: p.output,
    exitCode: p.exitCode,
    events,
    running,
    prompt: running ? '' : getPrompt(next, terminalId),
    ...(p.clear ? { clear: true } : {}),
  };
}

/** Type one line into terminal `terminalId` (at whatever frame is on top: host shell, container shell, REPL). */
export function runLine(world: World, terminalId: string, line: string): LineOutcome {
  if (world.terminals[terminalId]?.job) {
    return { world, output: [], exitCode: 0, events: [], running: true, prompt: '' };
  }
  return pass(world, terminalId, (ctx, terminal, io, p) => {
    if (line.trim() !== '') terminal.history.push(line);
    const rt = topRuntime(ctx, terminal);
    const cx = commandContext(rt, io);
    p.exitCode = frameProgram(rt.frame.program).runLine(cx, line);
    p.clear = rt.session.clear;
  });
}

function jobContext(ctx: Ctx, terminal: Terminal, io: Io, output?: Chunk[], cols?: number): JobContext {
  const jx: JobContext = { ctx, terminal, host: terminal.job?.host ?? stackHost(terminal), profile: getProfile(ctx.world), out: io.fds[1], err: io.fds[2] };
  // Redraw frames stay chunks of their own: ordinary output must not merge into them.
  if (output) jx.transient = (stream, text) => void (text !== '' && output.push({ stream, text, transient: true }));
  if (cols !== undefined) jx.cols = cols;
  return jx;
}

/**
 * Advance the virtual clock by `ms`; a running foreground job prints what it printed meanwhile.
 * `view.cols`: the live terminal's width, for output that depends on it (pull progress bars).
 */
export function advance(world: World, terminalId: string, ms: number, view: { cols?: number } = {}): LineOutcome {
  return pass(world, terminalId, (ctx, terminal, io, p) => {
    const job = terminal.job;
    const handler = job ? getJobHandler(job.kind) : undefined;
    const end = job && handler?.endsAt ? handler.endsAt(job) : undefined;
    const target = ctx.world.now + ms;
    // Stop the clock where the job ends so that the rest of its line runs at the right time.
    if (end !== undefined && end > ctx.world.now && end < target) tick(ctx, end - ctx.world.now);
    else if (end === undefined || end > ctx.world.now) tick(ctx, target - ctx.world.now);
    if (job && handler) {
      const step = handler.step(jobContext(ctx, terminal, io, p.output, view.cols), job);
      if (step.done) {
        terminal.job = null;
        p.exitCode = step.exitCode ?? 0;
        const rt = topRuntime(ctx, terminal);
        p.exitCode = resumeAfterJob(rt, p.exitCode, io);
      } else p.exitCode = top(terminal).lastExit;
    } else if (job && !handler) terminal.job = null;
    if (ctx.world.now < target && !terminal.job) tick(ctx, target - ctx.world.now);
  });
}

/**
 * Ctrl-C: interrupt the foreground job, or abandon the line being typed. The output starts with
 * the tty's echo `^C`; what the interrupted program prints follows on the same line (ping's
 * summary begins with its own newline), and the line is ended if it was left open.
 */
export function interrupt(world: World, terminalId: string): LineOutcome {
  return pass(world, terminalId, (ctx, terminal, io, p) => {
    const frame = top(terminal);
    const job = terminal.job;
    p.output.push({ stream: 'stdout', text: '^C' });
    if (job) {
      const handler = getJobHandler(job.kind);
      p.exitCode = handler ? handler.interrupt(jobContext(ctx, terminal, io), job) : 130;
      terminal.job = null;
    } else p.exitCode = 130;
    if (!p.output[p.output.length - 1].text.endsWith('\n')) p.output.push({ stream: 'stdout', text: '\n' });
    // Drop only the interrupted line's continuation; background jobs and $! survive Ctrl-C.
    const st = shellState(frame);
    if (st.pending !== undefined || st.after !== undefined) setShellState(frame, { pending: undefined, after: undefined });
    frame.lastExit = p.exitCode;
    if (!job && frameProgram(frame.program).endsOnInterrupt) {
      terminal.frames.pop();
      top(terminal).lastExit = p.exitCode;
    }
  });
}

/** The prompt the terminal shows now, e.g. `docker@default:~$ `, `root@4d5b9c2a1f3e:/# `, `/ # `. */
export function getPrompt(world: World, terminalId: string): string {
  const terminal = world.terminals[terminalId];
  if (!terminal || terminal.job) return '';
  const frame = top(terminal);
  return frameProgram(frame.program).prompt(world, frame);
}

/** The database driver answered a SQL request (engine/db/sqlRequests.ts): the waiting job prints it at the next advance(). */
export function answerSql(world: World, requestId: string, answer: SqlAnswer): World {
  return immer.produce(world, (draft) => answerSqlRequest(draft, requestId, answer));
}

/** When the running job will end by itself, if it knows (sleep 10, ping -c 3); undefined otherwise. */
export function jobEndsAt(world: World, terminalId: string): number | undefined {
  const job = world.terminals[terminalId]?.job;
  if (!job) return undefined;
  return getJobHandler(job.kind)?.endsAt?.(job);
}

/** The editor open on this terminal (nano, vim, busybox vi), or null: the browser draws it over the terminal. */
export function getEditor(world: World, terminalId: string): EditorJobData | null {
  const job = world.terminals[terminalId]?.job;
  return isEditorJob(job) ? job.data : null;
}

/**
 * The running editor writes its buffer (nano's ^O, vi's :w): to its own file, or to `name` (typed at
 * `File Name to Write:`, `:w name`), relative to the shell's cwd, through the frame's filesystem.
 */
export function editorSave(world: World, terminalId: string, text: string, name?: string): { world: World; result: EditorWriteResult } {
  let result: EditorWriteResult = { ok: false, message: 'no editor is running' };
  const next = immer.produce(world, (draft) => {
    const terminal = draft.terminals[terminalId];
    if (!terminal || !isEditorJob(terminal.job)) return;
    result = writeEditorBuffer(topRuntime({ world: draft, events: [] }, terminal), text, name);
  });
  return { world: next, result };
}

/** The editor quits (nano's ^X, vi's :q): its job ends at the next advance(), which prints the prompt. */
export function editorClose(world: World, terminalId: string): World {
  return immer.produce(world, (draft) => {
    const terminal = draft.terminals[terminalId];
    if (terminal) closeEditorJob(topRuntime({ world: draft, events: [] }, terminal));
  });
}

export type { EditorJobData, EditorKind } from './commands/editors/editorJob';
export type { EditorWriteResult } from './commands/editors/editorFiles';
export { registerFrameProgram, frameProgram } from './frames/registry';
export { registerJobHandler, getJobHandler } from './jobs/registry';
export { registerCommand, getCommand } from './commands/registry';
export { openTerminal } from './openTerminal';
export { complete, type Completion } from './completion';
