// `sh` and `bash` typed at a prompt: `-c SCRIPT` runs the script in the same place; without
// arguments a nested interactive shell is pushed (`exit` pops it).
import type { Command } from '../../types';

function shell(name: 'sh' | 'bash'): Command {
  return {
    name,
    summary: name === 'sh' ? 'POSIX shell' : 'GNU Bourne-Again SHell',
    run(cx, args) {
      if (args[0] === '-c') {
        if (args.length < 2) {
          cx.err(`${name}: -c: option requires an argument\n`);
          return 2;
        }
        const frame = { ...cx.frame, program: name, env: { ...cx.frame.env }, state: undefined };
        return cx.runNested(args[1], frame);
      }
      if (args.length > 0) {
        cx.err(`${name}: ${args[0]}: No such file or directory\n`);
        return 127;
      }
      cx.pushFrame({ ...cx.frame, program: name, env: { ...cx.frame.env }, pid: undefined, isMain: false, lastExit: 0, state: undefined });
      return 0;
    },
  };
}

export const shCommand = shell('sh');
export const bashCommand = shell('bash');
