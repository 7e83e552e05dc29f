// eval: joins its arguments with spaces and runs the result in the current shell, so that
// `eval $(docker-machine env myvm1)` exports the variables here (a `#` starts a comment).
import type { Command } from '../../types';

export const evalCommand: Command = {
  name: 'eval',
  summary: 'Run the arguments as a shell command in this shell',
  run(cx, args) {
    const line = args.join(' ');
    if (line.trim() === '') return 0;
    return cx.runNested(line, cx.frame);
  },
};
