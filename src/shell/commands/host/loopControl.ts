// break and continue: leave or restart the n-th enclosing loop.
import type { Command, CommandContext } from '../../types';
import { LoopControl, runtimeOf, shellMessages } from '../../interp/runtime';

function loopCommand(kind: 'break' | 'continue'): Command {
  return {
    name: kind,
    summary: kind === 'break' ? 'Leave a loop' : 'Go on with the next pass of a loop',
    run(cx: CommandContext, args: string[]) {
      const rt = runtimeOf(cx);
      const arg = args[0] ?? '1';
      if (!/^\d+$/.test(arg) || Number(arg) < 1) {
        if (rt.flavour === 'bash') cx.err(`bash: ${kind}: ${arg}: ${/^-?\d+$/.test(arg) ? 'loop count out of range' : 'numeric argument required'}\n`);
        else cx.err(shellMessages.builtin(rt.flavour, kind, `Illegal number: ${arg}`));
        return rt.flavour === 'bash' ? 1 : 2;
      }
      if (rt.loopDepth === 0) {
        if (rt.flavour === 'bash') cx.err(`bash: ${kind}: only meaningful in a \`for', \`while', or \`until' loop\n`);
        return 0;
      }
      throw new LoopControl(kind, Math.min(Number(arg), rt.loopDepth));
    },
  };
}

export const breakCommand = loopCommand('break');
export const continueCommand = loopCommand('continue');
