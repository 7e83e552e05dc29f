// The tokenizer of the JavaScript subset a student's server.js uses: names, numbers, strings,
// template literals (their ${…} parts are kept as source and parsed again), punctuators and
// comments. Positions are 1-based line/column as V8 reports them.
import { JsSyntaxError } from './jsAst';

export type TokKind = 'name' | 'num' | 'str' | 'template' | 'punct' | 'eof';

export interface Tok {
  kind: TokKind;
  value: string;
  line: number;
  col: number;
  /** Offset in the source, and the token's length there (a caret range under it). */
  pos: number;
  len: number;
  /** A line break came before this token (automatic semicolon insertion). */
  nl: boolean;
  /** Template literal: the literal chunks and the source of each ${…}. */
  parts?: { strs: string[]; exprs: { src: string; pos: number }[] };
}

const PUNCTS = ['===', '!==', '...', '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=', '{', '}', '(', ')', '[', ']', ';', ',', '.', ':', '?', '=', '+', '-', '*', '/', '%', '<', '>', '!'];

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

export function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let nl = false;
  const at = (pos: number) => ({ line, col: pos - lineStart + 1 });
  const fail = (message: string, pos: number, len = 1): never => {
    const p = at(pos);
    throw new JsSyntaxError(message, p.line, p.col, len);
  };
  const push = (kind: TokKind, value: string, start: number, extra: Partial<Tok> = {}) => {
    toks.push({ kind, value, ...at(start), pos: start, len: i - start, nl, ...extra });
    nl = false;
  };
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') {
      i++;
      line++;
      lineStart = i;
      nl = true;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (src.startsWith('//', i)) {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (src.startsWith('/*', i)) {
      const end = src.indexOf('*/', i + 2);
      if (end < 0) fail('Invalid or unexpected token', i, 2);
      for (let j = i; j < end; j++) {
        if (src[j] === '\n') {
          line++;
          lineStart = j + 1;
          nl = true;
        }
      }
      i = end + 2;
    } else if (/[A-Za-z_$]/.test(c)) {
      const start = i;
      while (i < src.length && /[\w$]/.test(src[i])) i++;
      push('name', src.slice(start, i), start);
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const start = i;
      while (i < src.length && /[0-9.eE_xXa-fA-F]/.test(src[i])) i++;
      const text = src.slice(start, i).replaceAll('_', '');
      if (Number.isNaN(Number(text))) fail('Invalid or unexpected token', start, i - start);
      push('num', text, start);
    } else if (c === '"' || c === "'") {
      const start = i;
      let out = '';
      i++;
      while (src[i] !== c) {
        if (i >= src.length || src[i] === '\n') fail('Invalid or unexpected token', start, i - start);
        if (src[i] === '\\') {
          const e = src[i + 1];
          out += ESCAPES[e] ?? (e === '\n' ? '' : e);
          i += 2;
        } else out += src[i++];
      }
      i++;
      push('str', out, start);
    } else if (c === '`') {
      const start = i;
      const startPos = at(start);
      const strs: string[] = [];
      const exprs: { src: string; pos: number }[] = [];
      let cur = '';
      i++;
      for (;;) {
        if (i >= src.length) {
          // V8 reports an unterminated template at its opening backtick.
          throw new JsSyntaxError('Unterminated template literal', startPos.line, startPos.col, src.length - start);
        }
        const ch = src[i];
        if (ch === '`') break;
        if (ch === '\\') {
          cur += ESCAPES[src[i + 1]] ?? src[i + 1];
          i += 2;
        } else if (ch === '$' && src[i + 1] === '{') {
          strs.push(cur);
          cur = '';
          let depth = 1;
          const exprStart = i + 2;
          i += 2;
          while (i < src.length && depth > 0) {
            if (src[i] === '{') depth++;
            else if (src[i] === '}') depth--;
            if (src[i] === '\n') {
              line++;
              lineStart = i + 1;
            }
            if (depth > 0) i++;
          }
          exprs.push({ src: src.slice(exprStart, i), pos: exprStart });
          i++;
        } else {
          if (ch === '\n') {
            line++;
            lineStart = i + 1;
          }
          cur += ch;
          i++;
        }
      }
      strs.push(cur);
      i++;
      toks.push({ kind: 'template', value: '`', line: startPos.line, col: startPos.col, pos: start, len: i - start, nl, parts: { strs, exprs } });
      nl = false;
    } else {
      const p = PUNCTS.find((q) => src.startsWith(q, i));
      if (!p) fail('Invalid or unexpected token', i);
      const start = i;
      i += p!.length;
      push('punct', p!, start);
    }
  }
  push('eof', '', i);
  return toks;
}
