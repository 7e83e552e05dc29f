// npm start / npm test / npm run <script>: the script from package.json runs with `sh -c` after
// npm's banner (npm 5: `> app@1.0.0 start /app`, npm 7+: `> app@1.0.0 start`), and a failing
// script ends in npm's own lines (npm 5's ELIFECYCLE block or `Test failed.`, npm 7+'s
// `code 1` / `command failed`). As a container's own process (`CMD ["npm", "start"]`) a script
// that starts a server hands the process to it.
import { resolvePath } from '../../../../engine/fs/path';
import { getProgram } from '../../../../engine/programs/registry';
import type { CommandContext } from '../../../types';
import { runtimeOf } from '../../../interp/runtime';
import { ProcessHandoff } from '../../../processHandoff';
import { getCommand } from '../../registry';

interface NpmInfo {
  version: string;
  modern: boolean;
}

type Pkg = { name?: string; version?: string; scripts?: Record<string, string> };

const ALIASES: Record<string, string> = { t: 'test', tst: 'test', test: 'test', start: 'start', stop: 'stop', restart: 'restart' };

function logPath(cx: CommandContext, modern: boolean): string {
  const stamp = new Date(cx.ctx.world.now).toISOString().replace(/:/g, '_').replace('.', '_');
  return `/root/.npm/_logs/${stamp}-debug${modern ? '-0' : ''}.log`;
}

function logTail(cx: CommandContext, npm: NpmInfo): string {
  return npm.modern ? `npm error A complete log of this run can be found in: ${logPath(cx, true)}\n` : `\nnpm ERR! A complete log of this run can be found in:\nnpm ERR!     ${logPath(cx, false)}\n`;
}

function readPkg(cx: CommandContext, path: string): Pkg | undefined {
  try {
    return JSON.parse(runtimeOf(cx).vfs.readFile(path)) as Pkg;
  } catch {
    return undefined;
  }
}

/** Does the script start a program that keeps the process (node server.js), not a shell utility? */
function serverCommand(script: string): boolean {
  const first = script.trim().split(/\s+/)[0] ?? '';
  const program = getProgram(first);
  return program !== undefined && !program.isShell && !getCommand(first);
}

export function runNpmScript(cx: CommandContext, npm: NpmInfo, verb: string, args: string[]): number {
  const rt = runtimeOf(cx);
  const dir = cx.frame.cwd;
  const pkgPath = resolvePath(dir, 'package.json');
  const pkg = readPkg(cx, pkgPath);
  const event = verb === 'run' || verb === 'run-script' ? args[0] : ALIASES[verb];
  const err = npm.modern ? 'npm error' : 'npm ERR!';
  if (!pkg) {
    cx.err(
      npm.modern
        ? `${err} code ENOENT\n${err} syscall open\n${err} path ${pkgPath}\n${err} errno -2\n${err} enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${pkgPath}'\n${err} enoent This is related to npm not being able to find a file.\n${err} enoent\n`
        : `${err} path ${pkgPath}\n${err} code ENOENT\n${err} errno -2\n${err} syscall open\n${err} enoent ENOENT: no such file or directory, open '${pkgPath}'\n${err} enoent This is related to npm not being able to find a file.\n${err} enoent \n`,
    );
    cx.err(logTail(cx, npm));
    return 254;
  }
  if (event === undefined) {
    const scripts = Object.entries(pkg.scripts ?? {});
    const id = `${pkg.name ?? ''}@${pkg.version ?? ''}`;
    if (scripts.length === 0) return 0;
    cx.out(`Lifecycle scripts included in ${id}:\n${scripts.map(([k, v]) => `  ${k}\n    ${v}`).join('\n')}\n`);
    return 0;
  }
  let script = pkg.scripts?.[event];
  // npm start without a start script runs server.js when there is one.
  if (script === undefined && event === 'start' && rt.vfs.exists(resolvePath(dir, 'server.js'))) script = 'node server.js';
  if (script === undefined) {
    cx.err(npm.modern ? `${err} Missing script: "${event}"\n${err}\n${err} To see a list of scripts, run:\n${err}   npm run\n` : `${err} missing script: ${event}\n`);
    cx.err(logTail(cx, npm));
    return 1;
  }
  const extra = verb === 'run' || verb === 'run-script' ? args.slice(1).filter((a) => a !== '--') : args.filter((a) => a !== '--');
  const full = extra.length > 0 ? `${script} ${extra.join(' ')}` : script;
  const id = `${pkg.name ?? ''}@${pkg.version ?? ''}`;
  cx.out(npm.modern ? `\n> ${id} ${event}\n> ${full}\n\n` : `\n> ${id} ${event} ${dir}\n> ${full}\n\n`);
  if (cx.frame.kind === 'container' && !rt.jobsAllowed && !rt.interactive && serverCommand(full)) throw new ProcessHandoff(['sh', '-c', full]);
  const code = cx.runNested(full, cx.frame);
  if (code === 0) return 0;
  if (npm.modern) {
    cx.err(`${err} code ${code}\n${err} path ${dir}\n${err} command failed\n${err} command sh -c ${full}\n`);
    cx.err(logTail(cx, npm));
    return code;
  }
  if (event === 'test') {
    cx.err(`${err} Test failed.  See above for more details.\n`);
    return 1;
  }
  cx.err(`${err} code ELIFECYCLE\n${err} errno ${code}\n${err} ${id} ${event}: \`${full}\`\n${err} Exit status ${code}\n${err} \n${err} Failed at the ${id} ${event} script.\n${err} This is probably not a problem with npm. There is likely additional logging output above.\n`);
  cx.err(logTail(cx, npm));
  return code;
}

/** The npm verbs this file answers. */
export const NPM_SCRIPT_VERBS = new Set(['start', 'stop', 'restart', 'test', 't', 'tst', 'run', 'run-script']);
