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
}

export interface Session {
  clear: boolean;
}

/** The context shell-core commands get: the CommandContext plus the interpreter's runtime. */
export interface ShellCommandContext extends CommandContext {
  rt: Runtime;
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

type RuntimeBase = Omit<Runtime, 'vfs' | 'flavour' | 'style' | 'jobStarted' | 'jobsAllowed'> & { jobsAllowed?: boolean };

export function makeRuntime(base: RuntimeBase): Runtime {
  const vfs = frameVfs(base.ctx, base.host, base.frame);
  const style = utilStyleOf(base.frame, vfs);
  return { ...base, vfs, style, flavour: flavourOf(base.frame, style), jobStarted: false, jobsAllowed: base.jobsAllowed ?? true };
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
  syntax(f: ShellFlavour, token: string): string {
    if (f === 'bash') return `bash: syntax error near unexpected token \`${token}'\n`;
    if (f === 'ash') return token === 'newline' ? 'sh: syntax error: unexpected newline\n' : `sh: syntax error: unexpected "${token}"\n`;
    return token === 'newline' ? 'sh: 1: Syntax error: newline unexpected\n' : `sh: 1: Syntax error: "${token}" unexpected\n`;
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
