// Command names → Command. On the host every registered utility exists; inside a container an
// external command exists only when its binary is in the container's filesystem on PATH (so
// `bash` is missing in alpine), while shell builtins exist everywhere.
import { basename, resolvePath } from '../../engine/fs/path';
import type { Command } from '../types';
import { DEFAULT_PATH, type Runtime } from '../interp/runtime';
import { dockerCommand } from './docker/index';
import { cdCommand, clearCommand, colonCommand, exitCommand, exportCommand, falseCommand, historyCommand, pwdCommand, trueCommand, unsetCommand } from './host/shellBuiltins';
import { echoCommand, printfCommand } from './host/echo';
import { envCommand } from './host/env';
import { sleepCommand } from './host/sleep';
import { lsCommand } from './host/ls';
import { catCommand, cpCommand, mkdirCommand, mvCommand, rmCommand, touchCommand } from './host/fileOps';
import { grepCommand, headCommand, seqCommand, sortCommand, tailCommand, trCommand, uniqCommand, wcCommand } from './host/textUtils';
import { dateCommand, hostnameCommand, idCommand, unameCommand, whoamiCommand } from './host/sysInfo';
import { psCommand } from './host/ps';
import { bashCommand, shCommand } from './host/shells';
import { helpCommand, whichCommand } from './host/lookup';
import { bracketCommand, testCommand } from './host/testCommand';
import { readCommand } from './host/read';
import { breakCommand, continueCommand } from './host/loopControl';
import { dockerMachineCommand } from './dockerMachine/index';
import { evalCommand } from './host/eval';
import { curlCommand } from './host/curl';
import { wgetCommand } from './host/wget';
import { ipCommand } from './host/net/ipCommand';
import { ifconfigCommand } from './host/net/ifconfigCommand';
import { routeCommand } from './host/net/routeCommand';
import { netstatCommand } from './host/net/netstatCommand';
import { nslookupCommand } from './host/net/nslookupCommand';
import { pingCommand } from './host/net/pingCommand';
import { ssCommand } from './host/net/ssCommand';
import { digCommand } from './host/net/digCommand';
import { PKG_COMMANDS } from './pkg/index';
import { nanoCommand, viCommand, vimCommand } from './editors/editorCommands';
import { commandCommand, hashCommand, typeCommand } from './host/commandLookup';
import { psqlCommand } from './psql/psqlCommand';

/** What `type` calls a shell builtin. */
const SHELL_BUILTINS = new Set(['cd', 'pwd', 'echo', 'printf', 'export', 'unset', 'exit', 'true', 'false', 'history', 'help', 'type', ':', 'test', '[', 'read', 'break', 'continue', 'eval', 'command', 'hash']);
/** Available in every frame whatever the filesystem holds (the simulator's promise to students). */
const ALWAYS = new Set([...SHELL_BUILTINS, 'env', 'which', 'sleep', 'clear']);
const HOST_ONLY = new Set(['help']);
/** On the current (Ubuntu) host only: boot2docker's busybox userland has no iproute2 `ss`, no nano, no vim (its vi is busybox's). */
const NOT_ON_CLASSIC_HOST = new Set(['ss', 'nano', 'vim']);
/** Package managers (pip, apt-get, apk, npm) exist only where an image put them, never on the docker host. */
const CONTAINER_ONLY = new Set(PKG_COMMANDS.map((c) => c.name));

const commands: Record<string, Command> = {};

export function registerCommand(cmd: Command): void {
  commands[cmd.name] = cmd;
}

export function getCommand(name: string): Command | undefined {
  return Object.hasOwn(commands, name) ? commands[name] : undefined;
}

/** Names that exist in every frame (builtins and the promised basics), for completion. */
export function alwaysAvailableNames(inContainer: boolean): string[] {
  return [...ALWAYS].filter((name) => !(inContainer && HOST_ONLY.has(name)));
}

export function listCommands(): Command[] {
  return Object.values(commands).sort((a, b) => (a.name < b.name ? -1 : 1));
}

[
  dockerCommand, dockerMachineCommand,
  cdCommand, pwdCommand, exportCommand, unsetCommand, exitCommand, trueCommand, falseCommand, colonCommand, historyCommand, clearCommand,
  echoCommand, printfCommand, envCommand, sleepCommand, whichCommand, typeCommand, helpCommand,
  lsCommand, catCommand, mkdirCommand, touchCommand, rmCommand, cpCommand, mvCommand,
  grepCommand, headCommand, tailCommand, wcCommand, sortCommand, uniqCommand, trCommand, seqCommand,
  hostnameCommand, whoamiCommand, idCommand, unameCommand, dateCommand, psCommand,
  shCommand, bashCommand,
  testCommand, bracketCommand, readCommand, breakCommand, continueCommand, evalCommand,
  curlCommand, wgetCommand,
  ipCommand, ifconfigCommand, routeCommand, netstatCommand, nslookupCommand, pingCommand, digCommand, ssCommand,
  nanoCommand, viCommand, vimCommand,
  commandCommand, hashCommand,
  psqlCommand,
  ...PKG_COMMANDS,
].forEach(registerCommand);

export type Location = { kind: 'builtin' } | { kind: 'file'; path: string } | { kind: 'none' };

export function locateCommand(rt: Runtime, name: string, builtinsFirst = false): Location {
  const inContainer = rt.frame.kind === 'container';
  if (builtinsFirst && SHELL_BUILTINS.has(name) && !(inContainer && HOST_ONLY.has(name))) return { kind: 'builtin' };
  if (name.includes('/')) {
    const st = rt.vfs.stat(resolvePath(rt.frame.cwd, name));
    return st && st.type === 'f' ? { kind: 'file', path: name } : { kind: 'none' };
  }
  if (!inContainer) {
    if (rt.profile.name === 'classic' && NOT_ON_CLASSIC_HOST.has(name)) return { kind: 'none' };
    if (!getCommand(name) || SHELL_BUILTINS.has(name) || CONTAINER_ONLY.has(name)) return SHELL_BUILTINS.has(name) && builtinsFirst ? { kind: 'builtin' } : { kind: 'none' };
    if (name === 'docker') return { kind: 'file', path: rt.profile.name === 'classic' ? '/usr/local/bin/docker' : '/usr/bin/docker' };
    return { kind: 'file', path: `/usr/bin/${name}` };
  }
  for (const dir of (rt.frame.env.PATH ?? DEFAULT_PATH).split(':')) {
    if (!dir) continue;
    const path = `${dir}/${name}`;
    if (rt.vfs.stat(path)?.type === 'f') return { kind: 'file', path };
  }
  return { kind: 'none' };
}

/** A binary we have no behaviour for: a registered REPL opens its frame, anything else does nothing. */
let programFallback: (name: string) => Command | undefined = () => undefined;

export function setProgramFallback(f: (name: string) => Command | undefined): void {
  programFallback = f;
}

const silent: Command = { name: '', summary: '', run: () => 0 };

export function resolveCommand(rt: Runtime, name: string): Command | 'notFound' | 'noSuchPath' {
  const inContainer = rt.frame.kind === 'container';
  if (ALWAYS.has(name) && !(inContainer && HOST_ONLY.has(name))) return commands[name];
  const own = getCommand(name);
  if (!inContainer && !name.includes('/')) return own && !CONTAINER_ONLY.has(name) && !(rt.profile.name === 'classic' && NOT_ON_CLASSIC_HOST.has(name)) ? own : 'notFound';
  const where = locateCommand(rt, name);
  if (where.kind !== 'file') return name.includes('/') ? 'noSuchPath' : 'notFound';
  const base = basename(where.path);
  return getCommand(base) ?? programFallback(base) ?? silent;
}

