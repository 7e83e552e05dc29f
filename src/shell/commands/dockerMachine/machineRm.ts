// `docker-machine rm [-y] [-f] NAME…`: asks before it deletes the VM. With piped input the answer
// is read from it; at the terminal the question is the prompt of a one-line frame.
import { isSimError } from '../../../engine/errors';
import { getMachine } from '../../../engine/machines/machines';
import { removeMachine } from '../../../engine/machines/machineOps';
import type { CommandContext, FrameProgram } from '../../types';
import { fail, splitArgs } from './machineArgs';

export const CONFIRM_PROGRAM = 'docker-machine-rm';
const QUESTION = 'Are you sure? (y/n): ';

interface ConfirmState {
  names: string[];
}

function removeAll(cx: Pick<CommandContext, 'ctx' | 'out' | 'err'>, names: string[]): number {
  let code = 0;
  for (const name of names) {
    try {
      removeMachine(cx.ctx, name);
      cx.out(`Successfully removed ${name}\n`);
    } catch (e) {
      if (!isSimError(e)) throw e;
      cx.err(`${e.message}\n`);
      code = 1;
    }
  }
  return code;
}

function warning(names: string[]): string {
  return `About to remove ${names.join(', ')}\nWARNING: This action will delete both local reference and remote instance.\n`;
}

export function machineRm(cx: CommandContext, args: string[]): number {
  const { flags, names } = splitArgs(args);
  if (names.length === 0) return fail(cx, 'Error: Expected to get one or more machine names as arguments');
  const missing = names.find((n) => !getMachine(cx.ctx.world, n));
  if (missing !== undefined) return fail(cx, `Error removing host "${missing}": Host does not exist: "${missing}"`);
  cx.out(warning(names));
  if (flags.y === true || flags.f === true || flags.force === true) return removeAll(cx, names);
  if (cx.stdin !== '' || !cx.isTty) {
    cx.out(QUESTION);
    return cx.stdin.trim().toLowerCase().startsWith('y') ? removeAll(cx, names) : 0;
  }
  cx.pushFrame({ ...cx.frame, program: CONFIRM_PROGRAM, env: { ...cx.frame.env }, lastExit: 0, state: { names } satisfies ConfirmState });
  return 0;
}

/** The frame that waits for the y/n answer: its prompt is the question, one line ends it. */
export const confirmProgram: FrameProgram = {
  name: CONFIRM_PROGRAM,
  prompt: () => QUESTION,
  runLine(cx, line) {
    const state = cx.frame.state as ConfirmState;
    cx.terminal.frames.pop();
    return line.trim().toLowerCase().startsWith('y') ? removeAll(cx, state.names) : 0;
  },
};
