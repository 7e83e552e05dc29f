// Shared bits of the host utilities: option parsing in the getopt style both GNU and busybox
// use, reading operands or stdin, and the two dialects' error texts.
import { resolvePath } from '../../../engine/fs/path';
import { isVfsError } from '../../../engine/fs/vfs';
import type { CommandContext } from '../../types';
import { runtimeOf, type Runtime } from '../../interp/runtime';
import { busyboxBanner } from './busyboxBanner';

export interface ParsedOpts {
  flags: Set<string>;
  /** Values of options that take one (`-n 5`, `-n5`). */
  values: Record<string, string>;
  operands: string[];
}

/** Short options, clustered or not; `withValue` lists options that take an argument. Returns the bad letter on error. */
export function parseOpts(args: string[], allowed: string, withValue = ''): ParsedOpts | { bad: string; missing?: boolean } {
  const flags = new Set<string>();
  const values: Record<string, string> = {};
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-' || a.startsWith('--')) {
      operands.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (withValue.includes(c)) {
        const v = a.slice(j + 1) || args[++i];
        if (v === undefined) return { bad: c, missing: true };
        values[c] = v;
        break;
      }
      if (!allowed.includes(c)) return { bad: c };
      flags.add(c);
    }
  }
  return { flags, values, operands };
}

export function badOption(cx: CommandContext, cmd: string, r: { bad: string; missing?: boolean }): number {
  const rt = runtimeOf(cx);
  if (rt.style === 'busybox') {
    cx.err(r.missing ? `${cmd}: option requires an argument -- '${r.bad}'\n` : `${cmd}: unrecognized option: ${r.bad}\n`);
    cx.err(`${busyboxBanner(rt)}\n\nUsage: ${cmd} [OPTIONS]\n`);
    return 1;
  }
  cx.err(r.missing ? `${cmd}: option requires an argument -- '${r.bad}'\n` : `${cmd}: invalid option -- '${r.bad}'\n`);
  cx.err(`Try '${cmd} --help' for more information.\n`);
  return cmd === 'ls' ? 2 : 1;
}

export function abs(rt: Runtime, path: string): string {
  return resolvePath(rt.frame.cwd, path);
}

export function errMessage(e: unknown): string {
  if (isVfsError(e)) return e.message;
  throw e;
}

/**
 * Runs `op` on each operand in order; a file-system error is reported with `report`'s text and the
 * loop goes on, as coreutils and busybox do. Exit status 1 when any operand failed.
 */
export function forEachOperand(
  cx: CommandContext,
  operands: string[],
  op: (name: string) => void,
  report: (name: string, message: string) => string,
): number {
  let code = 0;
  for (const name of operands) {
    try {
      op(name);
    } catch (e) {
      cx.err(report(name, errMessage(e)));
      code = 1;
    }
  }
  return code;
}

/** A missing operand: GNU names what is missing and points to --help, busybox says just that. */
export function missingOperand(cx: CommandContext, gnu: boolean, cmd: string, gnuText = 'missing operand'): number {
  cx.err(gnu ? `${cmd}: ${gnuText}\nTry '${cmd} --help' for more information.\n` : `${cmd}: missing operand\n`);
  return 1;
}

/**
 * The message for an operand that cannot be read: busybox says the same in every applet
 * (`can't open 'x': …`); GNU tools mostly print `tool: x: …`, and some say more (`gnuText`).
 */
export function openError(cmd: string, gnu: boolean, gnuText?: (name: string, message: string) => string) {
  return (name: string, message: string): string =>
    gnu ? (gnuText ? gnuText(name, message) : `${cmd}: ${name}: ${message}\n`) : `${cmd}: can't open '${name}': ${message}\n`;
}

/** The texts of the operands (or stdin when there are none / for `-`); reports unreadable ones. */
export function readInputs(
  cx: CommandContext,
  operands: string[],
  onError: (name: string, message: string) => string,
): { texts: { name: string; text: string }[]; failed: boolean } {
  const rt = runtimeOf(cx);
  if (operands.length === 0) return { texts: [{ name: '-', text: cx.stdin }], failed: false };
  const texts: { name: string; text: string }[] = [];
  const read = (name: string) => texts.push({ name, text: name === '-' ? cx.stdin : rt.vfs.readFile(abs(rt, name)) });
  const failed = forEachOperand(cx, operands, read, onError) !== 0;
  return { texts, failed };
}

/** Splits text into lines without the trailing empty one. */
export function lines(text: string): string[] {
  if (text === '') return [];
  const ls = text.split('\n');
  if (ls[ls.length - 1] === '') ls.pop();
  return ls;
}

export function joinLines(ls: string[]): string {
  return ls.map((l) => l + '\n').join('');
}
