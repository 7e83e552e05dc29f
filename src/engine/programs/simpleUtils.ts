// Short-lived utilities run as a container's command: `docker run busybox echo hi`,
// `docker run alpine env`. They print and exit at once; stdin of a detached or non-interactive
// container is closed, so `cat` with no file ends immediately.
import { execProgram } from './delegate';
import type { ProgramApi, ProgramDef } from './programTypes';

function finish(api: ProgramApi, code: number): void {
  api.exit(code);
}

export const trueProgram: ProgramDef = { name: 'true', start: (api) => finish(api, 0) };
export const falseProgram: ProgramDef = { name: 'false', start: (api) => finish(api, 1) };

function unescape(s: string): string {
  return s.replace(/\\(\\|n|t|c|0[0-7]{0,3})/g, (_, e: string) => {
    if (e === 'n') return '\n';
    if (e === 't') return '\t';
    if (e === '\\') return '\\';
    if (e === 'c') return '\u0000';
    return String.fromCharCode(parseInt(e, 8));
  });
}

/** echo's output for its arguments (argv without argv[0]), with `-n` and `-e` as busybox and coreutils take them. */
export function echoOutput(args: readonly string[]): string {
  let newline = true;
  let escapes = false;
  let i = 0;
  while (i < args.length && /^-[neE]+$/.test(args[i])) {
    for (const f of args[i].slice(1)) {
      if (f === 'n') newline = false;
      else if (f === 'e') escapes = true;
      else escapes = false;
    }
    i++;
  }
  let text = args.slice(i).join(' ');
  if (escapes) {
    text = unescape(text);
    const cut = text.indexOf('\u0000');
    if (cut >= 0) return text.slice(0, cut);
  }
  return newline ? `${text}\n` : text;
}

export const echo: ProgramDef = {
  name: 'echo',
  start(api) {
    api.out(echoOutput(api.argv.slice(1)));
    api.exit(0);
  },
};

function envLines(env: Readonly<Record<string, string>>): string {
  return Object.entries(env)
    .map(([k, v]) => `${k}=${v}\n`)
    .join('');
}

export const env: ProgramDef = {
  name: 'env',
  start(api) {
    const args = api.argv.slice(1);
    const cmd = args.findIndex((a) => !a.includes('='));
    if (cmd < 0) {
      const extra = Object.fromEntries(args.map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
      api.out(envLines({ ...api.env, ...extra }));
      api.exit(0);
      return;
    }
    if (!execProgram(api, args.slice(cmd))) {
      api.err(`env: '${args[cmd]}': No such file or directory\n`);
      api.exit(127);
    }
  },
};

export const printenv: ProgramDef = {
  name: 'printenv',
  start(api) {
    const names = api.argv.slice(1);
    if (names.length === 0) {
      api.out(envLines(api.env));
      api.exit(0);
      return;
    }
    let missing = false;
    let text = '';
    for (const n of names) {
      if (n in api.env) text += `${api.env[n]}\n`;
      else missing = true;
    }
    api.out(text);
    api.exit(missing ? 1 : 0);
  },
};

export const hostname: ProgramDef = {
  name: 'hostname',
  start(api) {
    api.out(`${api.container.config.hostname}\n`);
    api.exit(0);
  },
};

export const cat: ProgramDef = {
  name: 'cat',
  start(api) {
    let code = 0;
    for (const path of api.argv.slice(1)) {
      if (path === '-') continue;
      const text = api.readFile(path);
      if (text === undefined) {
        api.err(`cat: ${path}: No such file or directory\n`);
        code = 1;
      } else {
        api.out(text);
      }
    }
    api.exit(code);
  },
};
