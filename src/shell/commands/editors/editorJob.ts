// An editor (nano, vim, busybox vi) is a foreground job of kind 'editor': plain data naming the
// file and what was in it when it opened. The browser draws the editor over the terminal while it
// runs; the shell API (editorSave / editorClose) writes the buffer and ends the job.
import type { Job } from '../../../engine/world';
import type { JobHandler } from '../../types';

export type EditorKind = 'nano' | 'vim' | 'busybox-vi';

export interface EditorJobData {
  editor: EditorKind;
  /** nano's title-bar version ('7.2'); '' for the vis. */
  version: string;
  /** The file name as the student typed it (what the title and messages show); '' for none yet. */
  name: string;
  /** Absolute path of the file in the frame's filesystem; '' while the buffer has no name. */
  path: string;
  /** The buffer's text when it opened, or as last written. */
  text: string;
  /** The status message shown on opening (`New File`, `Read 5 lines`, `"x" [New]` …), '' for none. */
  message: string;
  /** Set by editorClose: the next clock step ends the job so that the rest of the line runs. */
  closed?: true;
}

export const EDITOR_JOB_KIND = 'editor';

export function isEditorJob(job: Job | null | undefined): job is Job & { data: EditorJobData } {
  return job?.kind === EDITOR_JOB_KIND;
}

/**
 * What each editor says when its input is not a terminal (a pipe, or the headless runner that has
 * no screen to draw on), and its exit code. nano's getch() keeps failing until it gives up
 * (nano/src/winio.c); vim warns, then dies on end of input; busybox vi dies on the failed read.
 */
export function notATerminal(editor: EditorKind): { stderr: string; exitCode: number } {
  if (editor === 'nano') return { stderr: 'Too many errors from stdin\n', exitCode: 1 };
  if (editor === 'vim') return { stderr: 'Vim: Warning: Input is not from a terminal\nVim: Error reading input, exiting...\nVim: Finished.\n', exitCode: 1 };
  return { stderr: "vi: can't read user input\n", exitCode: 1 };
}

export const editorJob: JobHandler = {
  kind: EDITOR_JOB_KIND,
  readsTerminal: true,
  step(jx, job) {
    const data = job.data as EditorJobData;
    if (data.closed) return { done: true, exitCode: 0 };
    // Only a live terminal says its width; without one nobody can type into the editor.
    if (jx.cols === undefined) {
      const dead = notATerminal(data.editor);
      jx.err(dead.stderr);
      return { done: true, exitCode: dead.exitCode };
    }
    return { done: false };
  },
  // A hang-up (the page reloaded) takes the editor away with its unsaved buffer.
  interrupt: () => 130,
};
