// Word expansion: tilde, parameters, command substitution, field splitting of unquoted
// expansion results, and pathname globbing against the frame's filesystem.
import type { Word } from './ast';
import type { Vfs } from '../engine/fs/vfs';
import { resolvePath } from '../engine/fs/path';
import { evalArith } from './interp/arith';

export interface ExpandEnv {
  vars: Record<string, string>;
  lastExit: number;
  /** `$$` and `$0`. */
  pid: number;
  /** `$!`: the pid of the last `cmd &`. */
  lastBgPid?: number;
  shellName: string;
  cwd: string;
  vfs: Vfs;
  /** Runs a command substitution and returns its stdout. */
  runSubst(script: import('./ast').Script): string;
}

interface Field {
  text: string;
  pattern: string;
  glob: boolean;
}

function getVar(env: ExpandEnv, name: string): string | undefined {
  return Object.hasOwn(env.vars, name) ? env.vars[name] : undefined;
}

export function lookupVar(env: ExpandEnv, name: string): string {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(:?[-=+?])(.*)$/s.exec(name);
  if (m) {
    const [, n, op, word] = m;
    const v = getVar(env, n);
    const unset = op.startsWith(':') ? !v : v === undefined;
    if (op.endsWith('-')) return unset ? word : (v ?? '');
    if (op.endsWith('=')) {
      if (unset) env.vars[n] = word;
      return unset ? word : (v ?? '');
    }
    if (op.endsWith('+')) return unset ? '' : word;
    return v ?? '';
  }
  if (name.startsWith('#') && name.length > 1) return String((getVar(env, name.slice(1)) ?? '').length);
  switch (name) {
    case '?':
      return String(env.lastExit);
    case '$':
      return String(env.pid);
    case '#':
      return '0';
    case '0':
      return env.shellName;
    case '!':
      return env.lastBgPid === undefined ? '' : String(env.lastBgPid);
    case '@':
    case '*':
    case '-':
      return '';
    default:
      return getVar(env, name) ?? '';
  }
}

const GLOB_CHARS = /[*?[]/;

function escapeGlob(s: string): string {
  return s.replace(/[*?[\]\\]/g, (c) => '\\' + c);
}

export function expandWords(env: ExpandEnv, words: Word[]): string[] {
  return words.flatMap((w) => expandWord(env, w));
}

export function expandWord(env: ExpandEnv, word: Word): string[] {
  const fields: Field[] = [];
  let cur: Field | null = null;
  const add = (text: string, literal: boolean, quoted: boolean): void => {
    if (literal || quoted) {
      cur ??= { text: '', pattern: '', glob: false };
      cur.text += text;
      cur.pattern += quoted ? escapeGlob(text) : text;
      if (!quoted && GLOB_CHARS.test(text)) cur.glob = true;
      return;
    }
    text.split(/[ \t\n]+/).forEach((piece, idx) => {
      if (idx > 0 && cur) {
        fields.push(cur);
        cur = null;
      }
      if (piece !== '') {
        cur ??= { text: '', pattern: '', glob: false };
        cur.text += piece;
        cur.pattern += piece;
        if (GLOB_CHARS.test(piece)) cur.glob = true;
      }
    });
  };
  word.parts.forEach((p, idx) => {
    if (p.t === 'lit') add(idx === 0 && !p.quoted ? expandTilde(env, p.v) : p.v, true, p.quoted);
    else if (p.t === 'var') add(lookupVar(env, p.name), false, p.quoted);
    else if (p.t === 'arith') add(arith(env, p.expr), false, p.quoted);
    else add(env.runSubst(p.script).replace(/\n+$/, ''), false, p.quoted);
  });
  if (cur) fields.push(cur);
  return fields.flatMap((f) => (f.glob ? globOr(env, f) : [f.text]));
}

/** Expansion without field splitting or globbing: assignments, redirection targets, here-docs. */
export function expandString(env: ExpandEnv, word: Word): string {
  return word.parts
    .map((p, idx) => {
      if (p.t === 'lit') return idx === 0 && !p.quoted ? expandTilde(env, p.v) : p.v;
      if (p.t === 'var') return lookupVar(env, p.name);
      if (p.t === 'arith') return arith(env, p.expr);
      return env.runSubst(p.script).replace(/\n+$/, '');
    })
    .join('');
}

/** `$(( expr ))`: parameters inside are expanded first, then the integer expression is evaluated. */
function arith(env: ExpandEnv, expr: string): string {
  const text = expr.replace(/\$\{([^}]*)\}|\$([A-Za-z_][A-Za-z0-9_]*|[?$#!0-9])/g, (_m, braced: string | undefined, bare: string | undefined) => lookupVar(env, braced ?? bare ?? ''));
  return String(evalArith(text, (name) => lookupVar(env, name)));
}

/** A `case` pattern: quoted parts match literally, unquoted `*`, `?` and `[…]` are wildcards. */
export function matchPattern(env: ExpandEnv, pattern: Word, subject: string): boolean {
  const glob = pattern.parts
    .map((p, idx) => {
      if (p.t === 'lit') return p.quoted ? escapeGlob(p.v) : idx === 0 ? expandTilde(env, p.v) : p.v;
      const v = p.t === 'var' ? lookupVar(env, p.name) : p.t === 'arith' ? arith(env, p.expr) : env.runSubst(p.script).replace(/\n+$/, '');
      return p.quoted ? escapeGlob(v) : v;
    })
    .join('');
  return globToRegExp(glob).test(subject);
}

function expandTilde(env: ExpandEnv, s: string): string {
  if (s === '~' || s.startsWith('~/')) return (getVar(env, 'HOME') ?? '/') + s.slice(1);
  return s;
}

function globOr(env: ExpandEnv, f: Field): string[] {
  const matches = glob(env, f.pattern);
  return matches.length > 0 ? matches : [f.text];
}

/** Matches a pattern component by component; hidden names need an explicit leading dot. */
function glob(env: ExpandEnv, pattern: string): string[] {
  const absolute = pattern.startsWith('/');
  const comps = pattern.split('/').filter((c) => c !== '');
  let results: string[] = [absolute ? '/' : ''];
  for (const comp of comps) {
    const next: string[] = [];
    for (const base of results) {
      if (!GLOB_CHARS.test(comp.replace(/\\./g, ''))) {
        next.push(joinRel(base, comp.replace(/\\(.)/g, '$1')));
        continue;
      }
      const dir = resolvePath(env.cwd, base === '' ? '.' : base);
      if (!env.vfs.isDir(dir)) continue;
      const re = globToRegExp(comp);
      for (const name of env.vfs.readdir(dir)) {
        if (name.startsWith('.') && !comp.startsWith('.')) continue;
        if (re.test(name)) next.push(joinRel(base, name));
      }
    }
    results = next.filter((p) => env.vfs.lstat(resolvePath(env.cwd, p)) !== null);
  }
  return results.filter((r) => r !== '' && r !== '/');
}

function joinRel(base: string, name: string): string {
  if (base === '') return name;
  return base.endsWith('/') ? base + name : `${base}/${name}`;
}

function globToRegExp(pat: string): RegExp {
  let re = '^';
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i];
    if (c === '\\' && i + 1 < pat.length) re += escapeRe(pat[++i]);
    else if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = pat.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        let cls = pat.slice(i + 1, end);
        if (cls.startsWith('!')) cls = '^' + cls.slice(1);
        re += `[${cls.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += escapeRe(c);
  }
  return new RegExp(re + '$', 's');
}

function escapeRe(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
