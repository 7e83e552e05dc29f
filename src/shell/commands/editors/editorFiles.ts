// Opening and writing an editor's file through the frame's filesystem (the host's tree, or a
// container's writable layer), relative to the shell's cwd, with `~` as the editors expand it.
import { dirname, resolvePath } from '../../../engine/fs/path';
import { isVfsError } from '../../../engine/fs/vfs';
import type { Runtime } from '../../interp/runtime';
import { isEditorJob, type EditorJobData, type EditorKind } from './editorJob';
import { bufferToFile, noFileNameMessage, openMessage, writeErrorMessage, wroteMessage, type OpenState } from './editorMessages';

export type EditorWriteResult = { ok: true; message: string; name: string; text: string } | { ok: false; message: string };

function homeOf(rt: Runtime): string {
  return rt.frame.env.HOME ?? (rt.frame.user === 'root' ? '/root' : `/home/${rt.frame.user}`);
}

export function editorPath(rt: Runtime, name: string): string {
  return resolvePath(rt.frame.cwd, name, homeOf(rt));
}

/**
 * The simulated filesystem keeps no owners, so this models the usual Unix layout: root writes
 * anywhere, anyone else only under their home directory and the world-writable temp directories.
 */
export function writeDenied(rt: Runtime, path: string): boolean {
  if (rt.frame.user === 'root') return false;
  const inside = (dir: string) => path === dir || path.startsWith(`${dir}/`);
  return !(inside(homeOf(rt)) || inside('/tmp') || inside('/var/tmp'));
}

/** The job data for an editor opened on `name` ('' for an unnamed buffer). */
export function openEditor(rt: Runtime, editor: EditorKind, version: string, name: string): EditorJobData {
  if (name === '') return { editor, version, name: '', path: '', text: '', message: openMessage(editor, '', { kind: 'none' }) };
  const path = editorPath(rt, name);
  let state: OpenState;
  const st = rt.vfs.stat(path);
  if (!st) state = { kind: 'new' };
  else if (st.type === 'd') state = { kind: 'directory' };
  else state = { kind: 'read', text: rt.vfs.readFile(path) };
  const text = state.kind === 'read' ? state.text : '';
  const message = openMessage(editor, name, state);
  // nano refuses the directory and starts a nameless buffer; the vis keep the name.
  if (state.kind === 'directory' && editor === 'nano') return { editor, version, name: '', path: '', text, message };
  return { editor, version, name, path, text, message };
}

/** Write `text` to the running editor's file, or to `name` when given (nano's ^O with a new name, `:w name`). */
export function writeEditorBuffer(rt: Runtime, text: string, name?: string): EditorWriteResult {
  const job = rt.terminal.job;
  if (!isEditorJob(job)) return { ok: false, message: 'no editor is running' };
  const data = job.data;
  const target = name ?? data.name;
  if (target === '') return { ok: false, message: noFileNameMessage(data.editor) };
  const path = editorPath(rt, target);
  const written = bufferToFile(text);
  const created = !rt.vfs.exists(path);
  try {
    if (rt.vfs.isDir(path)) return { ok: false, message: writeErrorMessage(data.editor, target, 'Is a directory') };
    if (!rt.vfs.isDir(dirname(path))) return { ok: false, message: writeErrorMessage(data.editor, target, 'No such file or directory') };
    if (writeDenied(rt, path)) return { ok: false, message: writeErrorMessage(data.editor, target, 'Permission denied') };
    rt.vfs.writeFile(path, written);
  } catch (e) {
    if (!isVfsError(e)) throw e;
    return { ok: false, message: writeErrorMessage(data.editor, target, e.message) };
  }
  data.name = target;
  data.path = path;
  data.text = written;
  return { ok: true, message: wroteMessage(data.editor, target, written, created), name: target, text: written };
}

/** Leave the editor: the job ends at the next clock step, printing nothing (nano restores the screen). */
export function closeEditorJob(rt: Runtime): boolean {
  const job = rt.terminal.job;
  if (!isEditorJob(job)) return false;
  job.data.closed = true;
  return true;
}
