// `nano FILE`, `vi FILE`, `vim FILE`: open an editor job on the file (see editorJob.ts). Which
// program answers depends on where the shell runs: the host of each era (profile), or inside a
// container, the image's own binary (the registry only finds these commands when the image has
// one: busybox and alpine have busybox's vi, Debian-like images have neither).
import type { Command, CommandContext } from '../../types';
import { runtimeOf, type Runtime, type ShellCommandContext } from '../../interp/runtime';
import { EDITOR_JOB_KIND, notATerminal, type EditorKind } from './editorJob';
import { openEditor } from './editorFiles';

function viKind(rt: Runtime): EditorKind {
  if (rt.frame.kind === 'host') return rt.profile.editors.hostVi === 'busybox' ? 'busybox-vi' : 'vim';
  return rt.style === 'busybox' ? 'busybox-vi' : 'vim';
}

/** The file operand: options (`-l`, `--syntax=x`) and nano's `+LINE,COL` are accepted and ignored. */
function fileOperand(args: string[]): string {
  let onlyFiles = false;
  for (const a of args) {
    if (!onlyFiles && a === '--') {
      onlyFiles = true;
      continue;
    }
    if (!onlyFiles && (a.startsWith('-') || a.startsWith('+')) && a !== '-') continue;
    return a;
  }
  return '';
}

/** Input from a pipe or a file rather than the keyboard: `echo x | nano f`, `vi f < /dev/null`. */
function stdinRedirected(cx: CommandContext): boolean {
  return cx.stdin !== '' || (cx as Partial<ShellCommandContext>).input !== undefined;
}

function runEditor(cx: CommandContext, editor: EditorKind, args: string[]): number {
  const rt = runtimeOf(cx);
  // A container's own script, or input that is not the keyboard: nobody can type into the editor.
  if (!rt.jobsAllowed || stdinRedirected(cx)) {
    const dead = notATerminal(editor);
    cx.err(dead.stderr);
    return dead.exitCode;
  }
  const version = editor === 'nano' ? rt.profile.editors.nanoVersion : '';
  const data = openEditor(rt, editor, version, fileOperand(args));
  cx.startJob({ kind: EDITOR_JOB_KIND, startedAt: cx.ctx.world.now, data });
  return 0;
}

export const nanoCommand: Command = {
  name: 'nano',
  summary: 'Edit a text file (GNU nano)',
  run: (cx, args) => runEditor(cx, 'nano', args),
};

export const viCommand: Command = {
  name: 'vi',
  summary: 'Edit a text file (vi)',
  run: (cx, args) => runEditor(cx, viKind(runtimeOf(cx)), args),
};

export const vimCommand: Command = {
  name: 'vim',
  summary: 'Edit a text file (Vim)',
  run: (cx, args) => runEditor(cx, 'vim', args),
};
