// The tokenizer for the Python subset students write: names, numbers, strings (prefixes, triple
// quotes, f-strings kept raw for the parser), operators, and NEWLINE/INDENT/DEDENT from the
// indentation stack. Newlines inside brackets are ignored, as CPython's tokenizer does; that is
// what makes an unclosed bracket surface as an error on a later line.
import { PySyntaxError } from './pySyntaxError';

export type TokKind = 'name' | 'number' | 'string' | 'op' | 'newline' | 'indent' | 'dedent' | 'end';

export interface Token {
  kind: TokKind;
  value: string;
  /** 1-based line and 0-based column of the first character, end column exclusive (on `line`). */
  line: number;
  col: number;
  endCol: number;
  /** Strings: the prefix letters, lower-cased ('' | 'f' | 'r' | 'b' | 'rf' …). */
  prefix?: string;
  /** The innermost bracket still open when this token was read (3.12 names it: "'(' was never closed"). */
  open?: OpenBracket;
}

export interface OpenBracket {
  ch: string;
  line: number;
  col: number;
}

const OPS = ['**=', '//=', '>>=', '<<=', '...', '->', ':=', '**', '//', '==', '!=', '<=', '>=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '>>', '<<'];
const SINGLE = '+-*/%@&|^~<>()[]{},:.;=!';
const OPENERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

function unescape(body: string): string {
  const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\u0007', b: '\b', f: '\f', v: '\v', '\n': '' };
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.|\n)/g, (all, c: string) => {
    if (c.length === 3 && c[0] === 'x') return String.fromCharCode(parseInt(c.slice(1), 16));
    if (c.length === 5 && c[0] === 'u') return String.fromCharCode(parseInt(c.slice(1), 16));
    return c in map ? map[c] : all;
  });
}

export function tokenize(source: string): Token[] {
  const lines = source.split('\n');
  const tokens: Token[] = [];
  const indents = [0];
  const brackets: OpenBracket[] = [];
  let continued = false;
  for (let li = 0; li < lines.length; li++) {
    const text = lines[li].replace(/\r$/, '');
    const lineNo = li + 1;
    let pos = 0;
    if (brackets.length === 0 && !continued) {
      const indent = /^[ \t\f]*/.exec(text)![0];
      const rest = text.slice(indent.length);
      if (rest === '' || rest.startsWith('#')) continue;
      const width = [...indent].reduce((w, ch) => (ch === '\t' ? w + 8 - (w % 8) : w + 1), 0);
      const top = indents[indents.length - 1];
      if (width > top) {
        indents.push(width);
        tokens.push({ kind: 'indent', value: '', line: lineNo, col: indent.length, endCol: indent.length });
      } else if (width < top) {
        while (indents[indents.length - 1] > width) {
          indents.pop();
          tokens.push({ kind: 'dedent', value: '', line: lineNo, col: indent.length, endCol: indent.length });
        }
        if (indents[indents.length - 1] !== width) throw new PySyntaxError({ kind: 'unindent-mismatch', line: lineNo, col: text.length, text });
      }
      pos = indent.length;
    }
    continued = false;
    while (pos < text.length) {
      const ch = text[pos];
      if (ch === ' ' || ch === '\t' || ch === '\f') {
        pos++;
        continue;
      }
      if (ch === '#') break;
      if (ch === '\\' && pos === text.length - 1) {
        continued = true;
        pos++;
        break;
      }
      const strStart = /^([rRbBuUfF]{0,2})(['"])/.exec(text.slice(pos));
      if (strStart && (strStart[1] === '' || /^[a-zA-Z]+$/.test(strStart[1]))) {
        const prefix = strStart[1].toLowerCase();
        const quote = strStart[2];
        const triple = text.startsWith(quote.repeat(3), pos + prefix.length);
        const q = triple ? quote.repeat(3) : quote;
        let i = pos + prefix.length + q.length;
        let body = '';
        let curLine = li;
        let cur = text;
        for (;;) {
          if (i >= cur.length) {
            if (!triple) {
              throw new PySyntaxError({ kind: 'eol-string', line: lineNo, col: pos, text });
            }
            curLine++;
            if (curLine >= lines.length) throw new PySyntaxError({ kind: 'eof-triple', line: lineNo, col: pos, text, detectedAt: lines.length });
            body += '\n';
            cur = lines[curLine].replace(/\r$/, '');
            i = 0;
            continue;
          }
          if (cur[i] === '\\' && i + 1 < cur.length) {
            body += cur.slice(i, i + 2);
            i += 2;
            continue;
          }
          if (cur.startsWith(q, i)) break;
          body += cur[i];
          i++;
        }
        const raw = prefix.includes('r');
        const value = raw || prefix.includes('f') ? body : unescape(body);
        const inside = brackets.length > 0 ? { open: brackets[brackets.length - 1] } : {};
        tokens.push({ kind: 'string', value, prefix, line: lineNo, col: pos, endCol: curLine === li ? i + q.length : text.length, ...inside });
        if (curLine !== li) {
          // A triple-quoted string ran over lines: go on tokenizing after its end.
          li = curLine;
          lines[li] = ' '.repeat(i + q.length) + lines[li].slice(i + q.length);
          pos = i + q.length;
          const after = lines[li];
          const restTokens = tokenizeRest(after, pos, li + 1, brackets);
          tokens.push(...restTokens.tokens);
          continued = restTokens.continued;
          pos = after.length;
          if (brackets.length === 0 && !continued) tokens.push({ kind: 'newline', value: '', line: li + 1, col: after.length, endCol: after.length + 1 });
          break;
        }
        pos = i + q.length;
        continue;
      }
      const one = scanSimple(text, pos, lineNo, brackets);
      tokens.push(one);
      pos = one.endCol;
    }
    if (brackets.length === 0 && !continued && pos <= text.length && tokens.length > 0 && tokens[tokens.length - 1].kind !== 'newline' && tokens[tokens.length - 1].line === lineNo) {
      tokens.push({ kind: 'newline', value: '', line: lineNo, col: text.trimEnd().replace(/#.*$/, '').trimEnd().length, endCol: text.length + 1 });
    }
  }
  const last = lines.length;
  if (brackets.length > 0) {
    tokens.push({ kind: 'end', value: '', line: last, col: 0, endCol: 0, open: brackets[brackets.length - 1] });
    return tokens;
  }
  while (indents.length > 1) {
    indents.pop();
    tokens.push({ kind: 'dedent', value: '', line: last, col: 0, endCol: 0 });
  }
  tokens.push({ kind: 'end', value: '', line: last, col: 0, endCol: 0 });
  return tokens;
}

/** Tokens after a multi-line string on its closing line (no strings again: kept simple). */
function tokenizeRest(text: string, start: number, lineNo: number, brackets: OpenBracket[]): { tokens: Token[]; continued: boolean } {
  const tokens: Token[] = [];
  let pos = start;
  while (pos < text.length) {
    const ch = text[pos];
    if (ch === ' ' || ch === '\t') {
      pos++;
      continue;
    }
    if (ch === '#') break;
    if (ch === '\\' && pos === text.length - 1) return { tokens, continued: true };
    const t = scanSimple(text, pos, lineNo, brackets);
    tokens.push(t);
    pos = t.endCol;
  }
  return { tokens, continued: false };
}

function scanSimple(text: string, pos: number, lineNo: number, brackets: OpenBracket[]): Token {
  const rest = text.slice(pos);
  const name = /^[\p{L}_][\p{L}\p{N}_]*/u.exec(rest);
  const inside = brackets.length > 0 ? { open: brackets[brackets.length - 1] } : {};
  if (name) return { kind: 'name', value: name[0], line: lineNo, col: pos, endCol: pos + name[0].length, ...inside };
  const num = /^(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)([eE][+-]?\d+)?j?)/.exec(rest);
  if (num && num[0] !== '') return { kind: 'number', value: num[0], line: lineNo, col: pos, endCol: pos + num[0].length, ...inside };
  const op = OPS.find((o) => rest.startsWith(o)) ?? (SINGLE.includes(rest[0]) ? rest[0] : undefined);
  if (op === undefined) throw new PySyntaxError({ kind: 'invalid-char', line: lineNo, col: pos, endCol: pos + /^\S+/.exec(rest)![0].length, text, char: String.fromCodePoint(rest.codePointAt(0) ?? 63) });
  const open = brackets[brackets.length - 1];
  if ('([{'.includes(op)) brackets.push({ ch: op, line: lineNo, col: pos });
  if (op in OPENERS) {
    const opener = brackets.pop();
    if (!opener) throw new PySyntaxError({ kind: 'unmatched', line: lineNo, col: pos, text, bracket: op });
    if (opener.ch !== OPENERS[op]) throw new PySyntaxError({ kind: 'mismatched', line: lineNo, col: pos, text, bracket: op, opener: opener.ch, openerLine: opener.line });
  }
  return { kind: 'op', value: op, line: lineNo, col: pos, endCol: pos + op.length, ...(open ? { open } : {}) };
}
