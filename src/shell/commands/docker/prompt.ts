// The `[y/N]` confirmation of prune commands (docker/cli PromptForConfirmation). Piped input
// answers with its first line. At the terminal the CLI waits for the student: the question's last
// line becomes the prompt of a one-line frame, and the answer line runs the same subcommand again
// with the answer in hand (frames hold plain data, so the command is kept as its parsed args).
import type { ParsedArgs } from '../../cli/flagTypes';
import type { CommandContext, FrameProgram } from '../../types';
import { withDockerHost } from '../dockerMachine/dockerHost';
import { findEntry } from './registry';

export const DOCKER_CONFIRM = 'docker-confirm';

interface ConfirmState {
  /** The words after `docker` that found the subcommand (`system prune`). */
  command: string;
  args: ParsedArgs;
  question: string;
  answer?: string;
}

/** 18.03 compares the raw line; today's CLI trims it first. Both take y or Y only. */
function isYes(answer: string): boolean {
  return answer.trim().toLowerCase() === 'y';
}

/**
 * Asks `message [y/N]`. Returns the answer, or undefined when the question now waits at the
 * terminal: the caller returns 0 and runs again, with the answer, once the student typed it.
 */
export function confirm(cx: CommandContext, message: string, command: string, args: ParsedArgs): boolean | undefined {
  const state = cx.frame.program === DOCKER_CONFIRM ? (cx.frame.state as ConfirmState) : undefined;
  if (state?.answer !== undefined) return isYes(state.answer);
  if (cx.isTty && cx.stdin === '') {
    const cut = message.lastIndexOf('\n') + 1;
    cx.out(message.slice(0, cut));
    const question = `${message.slice(cut)} [y/N] `;
    cx.pushFrame({ ...cx.frame, program: DOCKER_CONFIRM, env: { ...cx.frame.env }, lastExit: 0, state: { command, args, question } satisfies ConfirmState });
    return undefined;
  }
  cx.out(`${message} [y/N] `);
  // Output redirected with nothing piped in: the student "pressed Enter", the terminal echoes it.
  if (cx.stdin === '') cx.out('\n');
  return isYes(cx.stdin.split('\n')[0]);
}

/** The frame that waits for the answer: its prompt is the question's last line. */
export const dockerConfirmProgram: FrameProgram = {
  name: DOCKER_CONFIRM,
  prompt: (_world, frame) => (frame.state as ConfirmState).question,
  endsOnInterrupt: true,
  runLine(cx, line) {
    const state = cx.frame.state as ConfirmState;
    cx.terminal.frames.pop();
    const frame = { ...cx.frame, state: { ...state, answer: line } };
    const found = findEntry(state.command);
    const code = found ? found.entry.sub.run(withDockerHost({ ...cx, frame }), state.args) : 0;
    // The shell that ran docker sees its exit status.
    const shell = cx.terminal.frames[cx.terminal.frames.length - 1];
    if (shell) shell.lastExit = code;
    return code;
  },
};
