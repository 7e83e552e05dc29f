// What the interpreter carries while it runs one script in one frame: the world handle, the
// frame's filesystem, and which shell and utility dialect speaks (bash/GNU on the host and in
// Debian-like images, ash/busybox in alpine and busybox, dash as `sh` in Debian).
import type { Ctx } from '../../engine/ctx';
import { containerVfs } from '../../engine/fs/containerVfs';
import { hostVfs } from '../../engine/fs/hostVfs';
import type { Vfs } from '../../engine/fs/vfs';
import type { Profile } from '../../engine/profile';
import type { Frame, Job, Terminal } from '../../engine/world';
import type { CommandContext } from '../types';
import type { Kont } from './kont';

export type Writer = (text: string) => void;

/** Who prints the shell's own errors: bash, busybox ash, or Debian's dash. */
export type ShellFlavour = 'bash' | 'ash' | 'dash';
/** Who prints the utilities' errors: GNU coreutils or busybox applets. */
export type UtilStyle = 'gnu' | 'busybox';

export interface Runtime {
  ctx: Ctx;
  terminal: Terminal;
  frame: Frame;
  host: string;
  profile: Profile;
  vfs: Vfs;
  flavour: ShellFlavour;
  style: UtilStyle;
  pushFrame(frame: Frame): void;
  startJob(job: Job): void;
  /** Set once a command in this run started a foreground job: the rest of the line waits. */
  jobStarted: boolean;
  /** Shared by every runtime of one typed line (nested ones too). */
  session: Session;
  /** False when no terminal waits for us (a container's own script): `sleep` returns at once. */
  jobsAllowed: boolean;
  /** A person types at this shell: `cmd &` prints `[1] 1234` and finished jobs are reported. */
  interactive: boolean;
  /** What is left to run once the foreground job ends, innermost first (filled while unwinding). */
  kont: Kont[];
  /** Set while a `cmd &` item runs: a job it starts is recorded here instead of taking the terminal. */
  bgJob: { job: Job | null } | null;
  /** How many loops enclose the running command, and loop iterations run in this pass. */
  loopDepth: number;
  loopSteps: number;
}

/** A loop that would spin without end: the student cannot press Ctrl-C inside one synchronous pass. */
export const LOOP_STEP_LIMIT = 10000;

export class LoopLimit {
  readonly reason = 'loop limit';
}

/** `break n` / `continue n`: unwinds to the n-th enclosing loop. */
export class LoopControl {
  constructor(
    readonly kind: 'break' | 'continue',
    readonly levels: number,
  ) {}
}

/** A container's script reached a `sleep` inside a loop: from here on it only repeats itself. */
export class ScriptBlocked {
  readonly reason = 'blocked';
}

export interface Session {
  clear: boolean;
}

/** The context shell-core commands get: the CommandContext plus the interpreter's runtime. */
export interface ShellCommandContext extends CommandContext {
  rt: Runtime;
  /** The unread rest of stdin, shared by the commands of a redirected loop or group (`read` consumes it). */
  input?: { text: string };
}

export function runtimeOf(cx: CommandContext): Runtime {
  const rt = (cx as Partial<ShellCommandContext>).rt;
  if (rt) return rt;
  return makeRuntime({ ctx: cx.ctx, terminal: cx.terminal, frame: cx.frame, host: cx.host, profile: cx.profile, pushFrame: cx.pushFrame, startJob: cx.startJob, session: { clear: false } });
}

/** Thrown by `exit` to unwind to the script's top. */
export class ShellExit {
  constructor(readonly code: number) {}
}

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export function frameVfs(ctx: Ctx, host: string, frame: Frame): Vfs {
  if (frame.kind === 'container' && frame.containerId) return containerVfs(ctx.world, host, frame.containerId);
  return hostVfs(ctx.world, host);
}

export function utilStyleOf(frame: Frame, vfs: Vfs): UtilStyle {
  return frame.kind === 'container' && vfs.exists('/bin/busybox') ? 'busybox' : 'gnu';
}

export function flavourOf(frame: Frame, style: UtilStyle): ShellFlavour {
  if (frame.kind === 'host' || frame.program === 'bash') return 'bash';
  return style === 'busybox' ? 'ash' : 'dash';
}

type RuntimeBase = Omit<Runtime, 'vfs' | 'flavour' | 'style' | 'jobStarted' | 'jobsAllowed' | 'interactive' | 'kont' | 'bgJob' | 'loopDepth' | 'loopSteps'> & {
  jobsAllowed?: boolean;
  interactive?: boolean;
};

export function makeRuntime(base: RuntimeBase): Runtime {
  const vfs = frameVfs(base.ctx, base.host, base.frame);
  const style = utilStyleOf(base.frame, vfs);
  return {
    ctx: base.ctx,
    terminal: base.terminal,
    frame: base.frame,
    host: base.host,
    profile: base.profile,
    pushFrame: base.pushFrame,
    startJob: base.startJob,
    session: base.session,
    vfs,
    style,
    flavour: flavourOf(base.frame, style),
    jobStarted: false,
    jobsAllowed: base.jobsAllowed ?? true,
    interactive: base.interactive ?? true,
    kont: [],
    bgJob: null,
    loopDepth: 0,
    loopSteps: 0,
  };
}

/** The shell's own messages, per flavour. */
export const shellMessages = {
  notFound(f: ShellFlavour, name: string): string {
    if (f === 'bash') return `bash: ${name}: command not found\n`;
    if (f === 'ash') return `sh: ${name}: not found\n`;
    return `sh: 1: ${name}: not found\n`;
  },
  noSuchPath(f: ShellFlavour, name: string): string {
    if (f === 'bash') return `bash: ${name}: No such file or directory\n`;
    return shellMessages.notFound(f, name);
  },
  /** `shName` is the token as ash/dash print it (`"fi"`, `newline`, `word`, `end of file`). */
  syntax(f: ShellFlavour, token: string, shName = token === 'newline' ? 'newline' : `"${token}"`, expecting?: string): string {
    if (f === 'bash') return `bash: syntax error near unexpected token \`${token}'\n`;
    const exp = expecting ? ` (expecting ${expecting})` : '';
    if (f === 'ash') return `sh: syntax error: unexpected ${shName}${exp}\n`;
    return `sh: 1: Syntax error: ${shName} unexpected${exp}\n`;
  },
  /** A non-interactive shell reached the end of its script inside an unfinished command. */
  endOfFile(f: ShellFlavour, expecting?: string): string {
    if (f === 'bash') return 'bash: -c: line 1: syntax error: unexpected end of file\n';
    return shellMessages.syntax(f, 'end of file', 'end of file', expecting);
  },
  cannotCreate(f: ShellFlavour, path: string, message: string): string {
    if (f === 'bash') return `bash: ${path}: ${message}\n`;
    if (f === 'ash') return `sh: can't create ${path}: ${message === 'No such file or directory' ? 'nonexistent directory' : message}\n`;
    return `sh: 1: cannot create ${path}: ${message === 'No such file or directory' ? 'Directory nonexistent' : message}\n`;
  },
  cannotOpen(f: ShellFlavour, path: string, message: string): string {
    if (f === 'bash') return `bash: ${path}: ${message}\n`;
    if (f === 'ash') return `sh: can't open ${path}: ${message === 'No such file or directory' ? 'no such file' : message}\n`;
    return `sh: 1: cannot open ${path}: ${message === 'No such file or directory' ? 'No such file' : message}\n`;
  },
  builtin(f: ShellFlavour, name: string, text: string): string {
    if (f === 'bash') return `bash: ${name}: ${text}\n`;
    if (f === 'ash') return `sh: ${name}: ${text}\n`;
    return `sh: 1: ${name}: ${text}\n`;
  },
};
