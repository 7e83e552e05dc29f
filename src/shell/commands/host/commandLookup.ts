// `command`, `type` and `hash`: how each shell describes a name. bash answers `type` on stdout
// and its failures on stderr with status 1; busybox ash and dash print "x: not found" on stdout
// and return 127, and call POSIX special builtins (exit, export …) special. A command found
// on PATH is remembered in the frame (bash's hash table, ash's tracked aliases) once it ran.
import type { Frame } from '../../../engine/world';
import { runtimeOf, shellMessages, type Runtime } from '../../interp/runtime';
import type { Command, CommandContext } from '../../types';
import { locateCommand, resolveCommand } from '../registry';

const BASH_KEYWORDS = new Set(['!', 'case', 'coproc', 'do', 'done', 'elif', 'else', 'esac', 'fi', 'for', 'function', 'if', 'in', 'select', 'then', 'time', 'until', 'while', '{', '}', '[[', ']]']);
const POSIX_KEYWORDS = new Set(['!', 'case', 'do', 'done', 'elif', 'else', 'esac', 'fi', 'for', 'if', 'in', 'then', 'until', 'while', '{', '}']);
/** POSIX special builtins, which ash and dash name as such. */
const SPECIAL = new Set(['.', ':', 'break', 'continue', 'eval', 'exec', 'exit', 'export', 'readonly', 'return', 'set', 'shift', 'times', 'trap', 'unset']);

type Described = { kind: 'keyword' } | { kind: 'builtin' } | { kind: 'file'; path: string; hashed: boolean } | { kind: 'none' };

function describe(rt: Runtime, name: string): Described {
  const keywords = rt.flavour === 'bash' ? BASH_KEYWORDS : POSIX_KEYWORDS;
  if (keywords.has(name)) return { kind: 'keyword' };
  const where = locateCommand(rt, name, true);
  if (where.kind === 'builtin') return { kind: 'builtin' };
  if (where.kind === 'none') return { kind: 'none' };
  return { kind: 'file', path: where.path, hashed: !name.includes('/') && rt.frame.hashed?.[name] !== undefined };
}

/** `type NAME` / `command -V NAME` in this shell's words. */
function verbose(rt: Runtime, name: string, d: Described): string {
  if (d.kind === 'keyword') return `${name} is a shell keyword\n`;
  if (d.kind === 'builtin') return rt.flavour !== 'bash' && SPECIAL.has(name) ? `${name} is a special shell builtin\n` : `${name} is a shell builtin\n`;
  if (d.kind === 'file') {
    if (!d.hashed) return `${name} is ${d.path}\n`;
    return rt.flavour === 'bash' ? `${name} is hashed (${d.path})\n` : `${name} is a tracked alias for ${d.path}\n`;
  }
  return '';
}

/** Prints one name as `type` does; returns whether it was found. */
function typeOne(cx: CommandContext, rt: Runtime, name: string, who: 'type' | 'command'): boolean {
  const d = describe(rt, name);
  if (d.kind !== 'none') {
    cx.out(verbose(rt, name, d));
    return true;
  }
  if (rt.flavour === 'bash') cx.err(`bash: ${who}: ${name}: not found\n`);
  else cx.out(`${name}: not found\n`);
  return false;
}

export const typeCommand: Command = {
  name: 'type',
  summary: 'Describe a command name',
  run(cx, args) {
    const rt = runtimeOf(cx);
    let ok = true;
    for (const a of args[0] === '--' ? args.slice(1) : args) ok = typeOne(cx, rt, a, 'type') && ok;
    return ok ? 0 : rt.flavour === 'bash' ? 1 : 127;
  },
};

export const commandCommand: Command = {
  name: 'command',
  summary: 'Run a command, or say what a name is (-v, -V)',
  run(cx, args) {
    const rt = runtimeOf(cx);
    let i = 0;
    let mode: '' | 'v' | 'V' = '';
    for (; i < args.length && /^-[pvV]+$/.test(args[i]); i++) {
      if (args[i].includes('V')) mode = 'V';
      else if (args[i].includes('v') && mode === '') mode = 'v';
    }
    if (args[i] === '--') i++;
    const names = args.slice(i);
    if (names.length === 0) return 0;
    if (mode === '') return runBypassingFunctions(cx, rt, names);
    let ok = true;
    for (const name of names) {
      if (mode === 'V') {
        ok = typeOne(cx, rt, name, 'command') && ok;
        continue;
      }
      const d = describe(rt, name);
      if (d.kind === 'file') cx.out(`${d.path}\n`);
      else if (d.kind !== 'none') cx.out(`${name}\n`);
      else ok = false;
    }
    return ok ? 0 : rt.flavour === 'bash' ? 1 : 127;
  },
};

/** `command ls -l`: the same lookup as a plain command, minus shell functions (which we do not model). */
function runBypassingFunctions(cx: CommandContext, rt: Runtime, argv: string[]): number {
  const found = resolveCommand(rt, argv[0]);
  if (found === 'notFound' || found === 'noSuchPath') {
    cx.err(found === 'notFound' ? shellMessages.notFound(rt.flavour, argv[0]) : shellMessages.noSuchPath(rt.flavour, argv[0]));
    return 127;
  }
  rememberCommand(rt, argv[0]);
  return found.run(cx, argv.slice(1));
}

export const hashCommand: Command = {
  name: 'hash',
  summary: 'Remember or list where commands were found',
  run(cx, args) {
    const rt = runtimeOf(cx);
    if (args[0] === '-r') {
      delete rt.frame.hashed;
      return 0;
    }
    if (args.length > 0) {
      let code = 0;
      for (const name of args) {
        const where = locateCommand(rt, name);
        if (where.kind === 'file') setHashed(rt.frame, name, where.path, 0);
        else {
          cx.err(rt.flavour === 'bash' ? `bash: hash: ${name}: not found\n` : shellMessages.builtin(rt.flavour, 'hash', `${name}: not found`));
          code = 1;
        }
      }
      return code;
    }
    const entries = tableOrder(rt, rt.frame);
    if (rt.flavour !== 'bash') {
      for (const e of entries) cx.out(`${e.path}\n`);
      return 0;
    }
    if (entries.length === 0) {
      cx.out('hash: hash table empty\n');
      return 0;
    }
    cx.out('hits\tcommand\n');
    for (const e of entries) cx.out(`${String(e.hits).padStart(4)}\t${e.path}\n`);
    return 0;
  },
};

function setHashed(frame: Frame, name: string, path: string, hits: number): void {
  frame.hashed = { ...frame.hashed, [name]: { path, hits } };
}

/** After a command ran: a PATH search is remembered, and bash counts the uses. */
export function rememberCommand(rt: Runtime, name: string): void {
  if (name.includes('/')) return;
  const known = rt.frame.hashed?.[name];
  if (known) {
    setHashed(rt.frame, name, known.path, known.hits + 1);
    return;
  }
  const where = locateCommand(rt, name, true);
  if (where.kind === 'file') setHashed(rt.frame, name, where.path, 1);
}

/**
 * The table in the order the shell walks it: bash's 256 buckets by FNV-1 of the name, newest
 * first within a bucket; ash's and dash's 31 chains by their additive hash, oldest first.
 */
function tableOrder(rt: Runtime, frame: Frame): { path: string; hits: number }[] {
  const entries = Object.entries(frame.hashed ?? {}).map(([name, e], i) => ({ name, i, ...e }));
  const bucket = rt.flavour === 'bash' ? (n: string) => fnv1(n) % 256 : (n: string) => ashHash(n) % 31;
  const within = rt.flavour === 'bash' ? -1 : 1;
  return entries.sort((a, b) => bucket(a.name) - bucket(b.name) || within * (a.i - b.i));
}

function fnv1(s: string): number {
  let h = 2166136261;
  for (const byte of utf8Bytes(s)) h = (Math.imul(h, 16777619) ^ byte) >>> 0;
  return h;
}

function ashHash(s: string): number {
  const bytes = utf8Bytes(s);
  let h = (bytes[0] ?? 0) << 4;
  for (const byte of bytes) h += byte;
  return h & 0x7fff;
}

/** The name's bytes as C sees them (no TextEncoder: the shell compiles without the DOM lib). */
function utf8Bytes(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}
