// The `[y/N]` confirmation of prune commands. The answer is the first line of stdin; a terminal
// without input answers N, and the line the student "typed" ends the prompt.
import type { CommandContext } from '../../types';

export function confirm(cx: CommandContext, message: string): boolean {
  cx.out(`${message} [y/N] `);
  const answer = cx.stdin.split('\n')[0].trim();
  if (cx.stdin === '') cx.out('\n');
  return answer.toLowerCase() === 'y';
}
