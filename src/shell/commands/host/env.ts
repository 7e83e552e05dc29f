// env: print the environment (assignments and a command after it are run too).
import type { Command } from '../../types';

export const envCommand: Command = {
  name: 'env',
  summary: 'Print the environment',
  run(cx, args) {
    const extra: Record<string, string> = {};
    let i = 0;
    for (; i < args.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(args[i]); i++) {
      const eq = args[i].indexOf('=');
      extra[args[i].slice(0, eq)] = args[i].slice(eq + 1);
    }
    if (i < args.length) {
      const frame = { ...cx.frame, env: { ...cx.frame.env, ...extra } };
      return cx.runNested(args.slice(i).map(quote).join(' '), frame);
    }
    for (const [k, v] of Object.entries({ ...cx.frame.env, ...extra })) cx.out(`${k}=${v}\n`);
    return 0;
  },
};

export function quote(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
