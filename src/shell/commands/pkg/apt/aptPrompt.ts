// apt's `Do you want to continue? [Y/n]` on a terminal: a frame whose prompt is the question.
// Enter or y goes on with the downloads (played out as a job); anything else aborts.
import type { FrameProgram } from '../../../types';
import { runtimeOf } from '../../../interp/runtime';
import { playTimeline } from '../pkgJob';
import { Timeline } from '../timeline';
import { findDistro } from './aptDistros';
import { aptInstall } from './aptInstall';

export const APT_PROMPT = 'apt-continue';
export const APT_QUESTION = 'Do you want to continue? [Y/n] ';

export interface AptPromptState {
  names: string[];
}

export const aptPromptProgram: FrameProgram = {
  name: APT_PROMPT,
  prompt: () => APT_QUESTION,
  runLine(cx, line) {
    const state = cx.frame.state as AptPromptState;
    cx.terminal.frames.pop();
    const answer = line.trim().toLowerCase();
    if (answer !== '' && !answer.startsWith('y')) {
      cx.out('Abort.\n');
      // The shell that ran apt-get sees its exit status.
      const shell = cx.terminal.frames[cx.terminal.frames.length - 1];
      if (shell) shell.lastExit = 1;
      return 1;
    }
    const distro = findDistro(runtimeOf(cx).vfs);
    if (!distro) return 100;
    const tl = new Timeline();
    const r = aptInstall(cx, distro, { names: state.names, yes: true }, tl);
    // The plan was printed before the question: go on from the downloads.
    tl.chunks.splice(0, r.planChunks ?? 0);
    return playTimeline(cx, tl, r.code, r.effect);
  },
};
