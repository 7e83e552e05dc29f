// Turns shell input (possibly several lines) into tokens. Words keep their quoting as parts;
// here-document bodies are read from the lines after the one that names them. Input that is not
// finished yet (open quote, missing here-doc delimiter, trailing backslash) raises Incomplete so
// that the caller can ask for a continuation line. Expansions in here-document bodies are
// tokenizeHeredocBody.ts.
import type { Script, Word, WordPart } from './ast';

export type OpToken = ';' | '&&' | '||' | '|' | '&' | '\n' | ';;' | '(' | ')';

/** Where a token starts and ends in the source (job texts such as `sleep 10` are cut from it). */
interface Span {
  at?: number;
  end?: number;
}

export type Token = Span &
  (
    | { k: 'word'; word: Word; raw: string }
    | { k: 'op'; op: OpToken }
    | { k: 'redir'; fd: number | null; op: '>' | '>>' | '<' | '>&' | '<&' | '>|' }
    | { k: 'heredoc'; fd: number | null; strip: boolean; delim: string; quoted: boolean; body: string }
    | { k: 'eof' }
  );

export class Incomplete extends Error {
  constructor() {
    super('incomplete input');
    this.name = 'Incomplete';
  }
}

/** Parses the text of a `$(…)`; injected by the parser to avoid an import cycle. */
export type SubParser = (src: string) => Script;

const META = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')']);
export const NAME_START = /[A-Za-z_]/;
export const NAME_CHAR = /[A-Za-z0-9_]/;

export function tokenize(src: string, sub: SubParser): Token[] {
  const tokens: Token[] = [];
  const pendingDocs: Extract<Token, { k: 'heredoc' }>[] = [];
  let i = 0;

  const readHeredocBodies = (): void => {
    for (const doc of pendingDocs.splice(0)) {
      const lines: string[] = [];
      for (;;) {
        if (i >= src.length) throw new Incomplete();
        let end = src.indexOf('\n', i);
        if (end < 0) end = src.length;
        let line = src.slice(i, end);
        i = end + 1;
        if (doc.strip) line = line.replace(/^\t+/, '');
        if (line === doc.delim) break;
        if (end >= src.length) throw new Incomplete();
        lines.push(line);
      }
      doc.body = lines.map((l) => l + '\n').join('');
    }
  };

  while (i < src.length) {
    const ch = src[i];
    if (ch === ' ' || ch === '\t') {
      i++;
      continue;
    }
    const before = tokens.length;
    const start = i;
    step(ch);
    for (let t = before; t < tokens.length; t++) {
      tokens[t].at ??= start;
      tokens[t].end ??= i;
    }
  }
  if (pendingDocs.length > 0) throw new Incomplete();
  tokens.push({ k: 'eof', at: src.length, end: src.length });
  return tokens;

  function step(ch: string): void {
    if (ch === '\\' && src[i + 1] === '\n') {
      i += 2;
      return;
    }
    if (ch === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      return;
    }
    if (ch === '\n') {
      tokens.push({ k: 'op', op: '\n' });
      i++;
      readHeredocBodies();
      return;
    }
    const two = src.slice(i, i + 2);
    if (two === '&&' || two === '||' || two === ';;') {
      tokens.push({ k: 'op', op: two });
      i += 2;
      return;
    }
    if (ch === ';' || ch === '&' || ch === '|' || ch === '(' || ch === ')') {
      tokens.push({ k: 'op', op: ch });
      i++;
      return;
    }
    // An all-digit word right before < or > is the redirected fd.
    let fd: number | null = null;
    const m = /^(\d+)[<>]/.exec(src.slice(i, i + 12));
    if (m) {
      fd = Number(m[1]);
      i += m[1].length;
    }
    if (src[i] === '<' || src[i] === '>') {
      const three = src.slice(i, i + 3);
      if (three === '<<-' || src.slice(i, i + 2) === '<<') {
        const strip = three === '<<-';
        i += strip ? 3 : 2;
        while (src[i] === ' ' || src[i] === '\t') i++;
        const start = i;
        const w = readWord();
        if (!w) {
          tokens.push({ k: 'redir', fd, op: '<' });
          return;
        }
        const raw = src.slice(start, i);
        const delim = w.parts.map((p) => (p.t === 'lit' ? p.v : '')).join('');
        const doc = { k: 'heredoc' as const, fd, strip, delim, quoted: /['"\\]/.test(raw), body: '' };
        tokens.push(doc);
        pendingDocs.push(doc);
        return;
      }
      const op2 = src.slice(i, i + 2);
      if (op2 === '>>' || op2 === '>&' || op2 === '<&' || op2 === '>|') {
        tokens.push({ k: 'redir', fd, op: op2 });
        i += 2;
      } else {
        tokens.push({ k: 'redir', fd, op: src[i] as '<' | '>' });
        i++;
      }
      return;
    }
    const start = i;
    const word = readWord();
    if (word) tokens.push({ k: 'word', word, raw: src.slice(start, i) });
  }

  function readWord(): Word | null {
    const parts: WordPart[] = [];
    const lit = (v: string, quoted: boolean): void => {
      const last = parts[parts.length - 1];
      if (last && last.t === 'lit' && last.quoted === quoted) last.v += v;
      else parts.push({ t: 'lit', v, quoted });
    };
    let any = false;
    while (i < src.length && !META.has(src[i])) {
      any = true;
      const c = src[i];
      if (c === '\\') {
        if (i + 1 >= src.length) throw new Incomplete();
        if (src[i + 1] !== '\n') lit(src[i + 1], true);
        i += 2;
      } else if (c === "'") {
        const end = src.indexOf("'", i + 1);
        if (end < 0) throw new Incomplete();
        lit(src.slice(i + 1, end), true);
        i = end + 1;
      } else if (c === '"') {
        i++;
        lit('', true);
        for (;;) {
          if (i >= src.length) throw new Incomplete();
          const d = src[i];
          if (d === '"') {
            i++;
            break;
          }
          if (d === '\\' && i + 1 < src.length && '$`"\\\n'.includes(src[i + 1])) {
            if (src[i + 1] !== '\n') lit(src[i + 1], true);
            i += 2;
          } else if (d === '$' || d === '`') {
            const p = readDollar(true);
            if (p) parts.push(p);
          } else {
            lit(d, true);
            i++;
          }
        }
      } else if (c === '$' || c === '`') {
        const p = readDollar(false);
        if (p) parts.push(p);
      } else {
        lit(c, false);
        i++;
      }
    }
    return any ? { parts } : null;

    /** At `$` or a backquote. Returns null when it was a lone `$` (added as a literal). */
    function readDollar(quoted: boolean): WordPart | null {
      if (src[i] === '`') {
        const end = src.indexOf('`', i + 1);
        if (end < 0) throw new Incomplete();
        const inner = src.slice(i + 1, end);
        i = end + 1;
        return { t: 'cmdsub', script: sub(inner), quoted };
      }
      const n = src[i + 1];
      if (n === '(' && src[i + 2] === '(') {
        const end = findClose(src, i + 2);
        if (src[end - 1] === ')') {
          const expr = src.slice(i + 3, end - 1);
          i = end + 1;
          return { t: 'arith', expr, quoted };
        }
      }
      if (n === '(') {
        const end = findClose(src, i + 2);
        const inner = src.slice(i + 2, end);
        i = end + 1;
        return { t: 'cmdsub', script: sub(inner), quoted };
      }
      if (n === '{') {
        const end = src.indexOf('}', i + 2);
        if (end < 0) throw new Incomplete();
        const name = src.slice(i + 2, end);
        i = end + 1;
        return { t: 'var', name, quoted };
      }
      if (n !== undefined && (NAME_START.test(n))) {
        let j = i + 1;
        while (j < src.length && NAME_CHAR.test(src[j])) j++;
        const name = src.slice(i + 1, j);
        i = j;
        return { t: 'var', name, quoted };
      }
      if (n !== undefined && /[?$#!@*0-9-]/.test(n)) {
        i += 2;
        return { t: 'var', name: n, quoted };
      }
      lit('$', quoted);
      i++;
      return null;
    }
  }
}

/** Index of the `)` that closes a `$(` whose body starts at `from`, skipping quotes and nesting. */
export function findClose(src: string, from: number): number {
  let depth = 0;
  for (let j = from; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === "'") {
      j = src.indexOf("'", j + 1);
      if (j < 0) break;
    } else if (c === '"') {
      j++;
      while (j < src.length && src[j] !== '"') j += src[j] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return j;
      depth--;
    }
  }
  throw new Incomplete();
}
