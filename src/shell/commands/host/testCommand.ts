// test and [ : the POSIX rules by argument count (so `[ "$x" = -n ]` works), then -a / -o / !
// / ( ) for longer expressions. File tests look at the frame's filesystem. Errors exit 2 with
// bash's, dash's or busybox's wording.
import type { Command, CommandContext } from '../../types';
import { runtimeOf, shellMessages, type Runtime } from '../../interp/runtime';
import { abs } from './util';

const UNARY = new Set(['-e', '-f', '-d', '-s', '-r', '-w', '-x', '-z', '-n', '-L', '-h', '-b', '-c', '-p', '-S', '-t', '-a', '-o']);
const BINARY = new Set(['=', '==', '!=', '-eq', '-ne', '-lt', '-gt', '-le', '-ge', '<', '>', '-nt', '-ot']);

class TestError {
  constructor(readonly message: string) {}
}

function errText(rt: Runtime, kind: 'integer' | 'unary' | 'binary' | 'tooMany' | 'missing', arg: string, name: string): string {
  if (rt.flavour === 'bash') {
    const text = { integer: `${arg}: integer expression expected`, unary: `${arg}: unary operator expected`, binary: `${arg}: binary operator expected`, tooMany: 'too many arguments', missing: "missing `]'" }[kind];
    return shellMessages.builtin('bash', name, text);
  }
  if (rt.flavour === 'dash') {
    const text = { integer: `Illegal number: ${arg}`, unary: `${arg}: unexpected operator`, binary: `${arg}: unexpected operator`, tooMany: `${arg}: unexpected operator`, missing: 'missing ]' }[kind];
    return shellMessages.builtin('dash', name, text);
  }
  const text = { integer: `${arg}: bad number`, unary: `${arg}: unknown operand`, binary: `${arg}: unknown operand`, tooMany: `${arg}: unknown operand`, missing: 'missing ]' }[kind];
  return `sh: ${text}\n`;
}

function toInt(rt: Runtime, s: string, name: string): number {
  if (!/^\s*[+-]?\d+\s*$/.test(s)) throw new TestError(errText(rt, 'integer', s, name));
  return Number(s.trim());
}

function unary(rt: Runtime, op: string, arg: string): boolean {
  if (op === '-z') return arg === '';
  if (op === '-n') return arg !== '';
  if (op === '-t') return false;
  const path = abs(rt, arg);
  if (arg === '') return false;
  if (op === '-L' || op === '-h') return rt.vfs.lstat(path)?.type === 'l';
  const st = rt.vfs.stat(path);
  if (!st) return false;
  switch (op) {
    case '-f':
      return st.type === 'f';
    case '-d':
      return st.type === 'd';
    case '-s':
      return st.type === 'd' || st.size > 0;
    case '-x':
      return st.type === 'd' || (st.mode & 0o111) !== 0;
    case '-b':
    case '-c':
    case '-p':
    case '-S':
      return false;
    default:
      return true;
  }
}

function binary(rt: Runtime, a: string, op: string, b: string, name: string): boolean {
  switch (op) {
    case '=':
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '-nt':
    case '-ot': {
      const sa = rt.vfs.stat(abs(rt, a));
      const sb = rt.vfs.stat(abs(rt, b));
      if (op === '-nt') return !!sa && (!sb || sa.mtime > sb.mtime);
      return !!sb && (!sa || sa.mtime < sb.mtime);
    }
  }
  const x = toInt(rt, a, name);
  const y = toInt(rt, b, name);
  return { '-eq': x === y, '-ne': x !== y, '-lt': x < y, '-gt': x > y, '-le': x <= y, '-ge': x >= y }[op] ?? false;
}

/** Evaluates by the POSIX argument-count rules where they apply, else by precedence. */
function evaluate(rt: Runtime, args: string[], name: string): boolean {
  switch (args.length) {
    case 0:
      return false;
    case 1:
      return args[0] !== '';
    case 2:
      if (args[0] === '!') return args[1] === '';
      if (UNARY.has(args[0]) && args[0] !== '-a' && args[0] !== '-o') return unary(rt, args[0], args[1]);
      throw new TestError(errText(rt, 'unary', args[0], name));
    case 3:
      if (BINARY.has(args[1])) return binary(rt, args[0], args[1], args[2], name);
      if (args[1] === '-a' || args[1] === '-o') return args[1] === '-a' ? args[0] !== '' && args[2] !== '' : args[0] !== '' || args[2] !== '';
      if (args[0] === '!') return !evaluate(rt, args.slice(1), name);
      if (args[0] === '(' && args[2] === ')') return args[1] !== '';
      throw new TestError(errText(rt, 'binary', args[1], name));
    case 4:
      if (args[0] === '!') return !evaluate(rt, args.slice(1), name);
      if (args[0] === '(' && args[3] === ')') return evaluate(rt, args.slice(1, 3), name);
  }
  return new ExprParser(rt, args, name).parse();
}

class ExprParser {
  private pos = 0;
  constructor(
    private readonly rt: Runtime,
    private readonly args: string[],
    private readonly name: string,
  ) {}

  parse(): boolean {
    const v = this.or();
    if (this.pos < this.args.length) throw new TestError(errText(this.rt, 'tooMany', this.args[this.pos], this.name));
    return v;
  }

  private or(): boolean {
    let v = this.and();
    while (this.args[this.pos] === '-o') {
      this.pos++;
      v = this.and() || v;
    }
    return v;
  }

  private and(): boolean {
    let v = this.not();
    while (this.args[this.pos] === '-a') {
      this.pos++;
      v = this.not() && v;
    }
    return v;
  }

  private not(): boolean {
    if (this.args[this.pos] === '!') {
      this.pos++;
      return !this.not();
    }
    return this.primary();
  }

  private primary(): boolean {
    const a = this.args;
    const t = a[this.pos];
    if (t === undefined) throw new TestError(errText(this.rt, 'tooMany', a[this.pos - 1] ?? '', this.name));
    if (t === '(') {
      this.pos++;
      const v = this.or();
      if (a[this.pos] !== ')') throw new TestError(errText(this.rt, 'tooMany', a[this.pos] ?? '', this.name));
      this.pos++;
      return v;
    }
    if (BINARY.has(a[this.pos + 1] ?? '') && this.pos + 2 < a.length) {
      this.pos += 3;
      return binary(this.rt, t, a[this.pos - 2], a[this.pos - 1], this.name);
    }
    if (UNARY.has(t) && t !== '-a' && t !== '-o' && this.pos + 1 < a.length) {
      this.pos += 2;
      return unary(this.rt, t, a[this.pos - 1]);
    }
    this.pos++;
    return t !== '';
  }
}

function runTest(cx: CommandContext, args: string[], name: 'test' | '['): number {
  const rt = runtimeOf(cx);
  let list = args;
  if (name === '[') {
    if (list[list.length - 1] !== ']') {
      cx.err(errText(rt, 'missing', '', name));
      return 2;
    }
    list = list.slice(0, -1);
  }
  try {
    return evaluate(rt, list, name) ? 0 : 1;
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    cx.err(e.message);
    return 2;
  }
}

export const testCommand: Command = { name: 'test', summary: 'Check file types and compare values', run: (cx, args) => runTest(cx, args, 'test') };
export const bracketCommand: Command = { name: '[', summary: 'Check file types and compare values', run: (cx, args) => runTest(cx, args, '[') };
