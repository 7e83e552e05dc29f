// A CommandContext for tests of docker subcommands, over a plain world (no immer), capturing
// what the command prints. Nested lines, jobs and frames are recorded, not run.
import type { Ctx } from '../../../engine/ctx';
import { getProfile } from '../../../engine/profile';
import type { Frame, Job, World } from '../../../engine/world';
import type { Chunk, CommandContext } from '../../types';

export interface TestContext {
  cx: CommandContext;
  ctx: Ctx;
  chunks: Chunk[];
  stdout(): string;
  stderr(): string;
  jobs: Job[];
  frames: Frame[];
  nested: string[];
}

export function makeTestContext(world: World, opts: { terminalId?: string; stdin?: string; isTty?: boolean } = {}): TestContext {
  const terminal = world.terminals[opts.terminalId ?? 't1'];
  const ctx: Ctx = { world, events: [] };
  const chunks: Chunk[] = [];
  const jobs: Job[] = [];
  const frames: Frame[] = [];
  const nested: string[] = [];
  const cx: CommandContext = {
    ctx,
    terminal,
    frame: terminal.frames[terminal.frames.length - 1],
    host: terminal.host,
    profile: getProfile(world),
    stdin: opts.stdin ?? '',
    isTty: opts.isTty ?? true,
    out: (text) => chunks.push({ stream: 'stdout', text }),
    err: (text) => chunks.push({ stream: 'stderr', text }),
    startJob: (job) => jobs.push(job),
    pushFrame: (frame) => frames.push(frame),
    runNested: (line) => {
      nested.push(line);
      return 0;
    },
  };
  const join = (stream: Chunk['stream']) =>
    chunks
      .filter((c) => c.stream === stream)
      .map((c) => c.text)
      .join('');
  return { cx, ctx, chunks, stdout: () => join('stdout'), stderr: () => join('stderr'), jobs, frames, nested };
}
