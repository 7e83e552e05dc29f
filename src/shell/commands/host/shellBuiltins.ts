// Builtins that change or report the shell's own state: cd, pwd, export, unset, exit, true,
// false, history, clear.
import { resolvePath } from '../../../engine/fs/path';
import type { Command } from '../../types';
import { runtimeOf, shellMessages, ShellExit } from '../../interp/runtime';

export const cdCommand: Command = {
  name: 'cd',
  summary: 'Change the working directory',
  run(cx, args) {
    const rt = runtimeOf(cx);
    const env = cx.frame.env;
    let target = args[0] ?? env.HOME ?? '/';
    if (target === '-') {
      target = env.OLDPWD ?? cx.frame.cwd;
      cx.out(`${target}\n`);
    }
    const path = resolvePath(cx.frame.cwd, target, env.HOME);
    const st = rt.vfs.stat(path);
    if (!st || st.type !== 'd') {
      const why = st ? 'Not a directory' : 'No such file or directory';
      if (rt.flavour === 'bash') cx.err(`bash: cd: ${target}: ${why}\n`);
      else if (rt.flavour === 'ash') cx.err(`sh: cd: can't cd to ${target}: ${why}\n`);
      else cx.err(`sh: 1: cd: can't cd to ${target}\n`);
      return rt.flavour === 'dash' ? 2 : 1;
    }
    env.OLDPWD = cx.frame.cwd;
    cx.frame.cwd = path;
    env.PWD = path;
    return 0;
  },
};

export const pwdCommand: Command = {
  name: 'pwd',
  summary: 'Print the working directory',
  run(cx) {
    cx.out(`${cx.frame.cwd}\n`);
    return 0;
  },
};

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const exportCommand: Command = {
  name: 'export',
  summary: 'Set environment variables',
  run(cx, args) {
    const rt = runtimeOf(cx);
    const env = cx.frame.env;
    const names = args.filter((a) => a !== '-p');
    if (names.length === 0) {
      for (const k of Object.keys(env).sort()) {
        const v = env[k];
        cx.out(rt.flavour === 'bash' ? `declare -x ${k}="${v.replace(/(["\\$`])/g, '\\$1')}"\n` : `export ${k}='${v.replace(/'/g, `'"'"'`)}'\n`);
      }
      return 0;
    }
    let code = 0;
    for (const a of names) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a : a.slice(0, eq);
      if (!NAME.test(name)) {
        cx.err(rt.flavour === 'bash' ? `bash: export: \`${a}': not a valid identifier\n` : shellMessages.builtin(rt.flavour, 'export', `bad variable name`));
        code = 1;
        continue;
      }
      if (eq >= 0) env[name] = a.slice(eq + 1);
      else if (!Object.hasOwn(env, name)) env[name] = '';
    }
    return code;
  },
};

export const unsetCommand: Command = {
  name: 'unset',
  summary: 'Remove variables',
  run(cx, args) {
    for (const a of args) if (a !== '-v') delete cx.frame.env[a];
    return 0;
  },
};

export const exitCommand: Command = {
  name: 'exit',
  summary: 'Leave the shell',
  run(cx, args) {
    const rt = runtimeOf(cx);
    if (args[0] !== undefined && !/^-?\d+$/.test(args[0])) {
      if (rt.flavour === 'bash') cx.err(`bash: exit: ${args[0]}: numeric argument required\n`);
      else cx.err(shellMessages.builtin(rt.flavour, 'exit', `Illegal number: ${args[0]}`));
      throw new ShellExit(rt.flavour === 'bash' ? 2 : 2);
    }
    const code = args[0] === undefined ? cx.frame.lastExit : ((Number(args[0]) % 256) + 256) % 256;
    throw new ShellExit(code);
  },
};

export const trueCommand: Command = { name: 'true', summary: 'Do nothing, successfully', run: () => 0 };
export const falseCommand: Command = { name: 'false', summary: 'Do nothing, unsuccessfully', run: () => 1 };
export const colonCommand: Command = { name: ':', summary: 'Do nothing, successfully', run: () => 0 };

export const historyCommand: Command = {
  name: 'history',
  summary: 'Show the commands typed so far',
  run(cx) {
    cx.terminal.history.forEach((line, i) => cx.out(`${String(i + 1).padStart(5)}  ${line}\n`));
    return 0;
  },
};

export const clearCommand: Command = {
  name: 'clear',
  summary: 'Clear the screen',
  run(cx) {
    runtimeOf(cx).session.clear = true;
    return 0;
  },
};
