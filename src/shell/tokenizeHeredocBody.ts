// The body of a here-document whose delimiter is unquoted: expansions ($var, ${…}, $(…), `…`)
// and the escapes \$ \` \\ are live, everything else is literal text.
import type { Word, WordPart } from './ast';
import { findClose, NAME_CHAR, NAME_START, tokenize, type SubParser } from './lexer';

/** Parts of an unquoted-delimiter here-document body: only $ expansions and \$ \` \\ escapes. */
export function tokenizeHeredocBody(body: string, sub: SubParser): Word {
  const parts: WordPart[] = [];
  let buf = '';
  let i = 0;
  const flush = (): void => {
    if (buf) parts.push({ t: 'lit', v: buf, quoted: true });
    buf = '';
  };
  while (i < body.length) {
    const c = body[i];
    if (c === '\\' && i + 1 < body.length && '$`\\'.includes(body[i + 1])) {
      buf += body[i + 1];
      i += 2;
    } else if (c === '\\' && body[i + 1] === '\n') {
      i += 2;
    } else if (c === '$' || c === '`') {
      // Reuse the word reader on a double-quoted rendering of just this expansion.
      const rest = body.slice(i);
      const len = expansionLength(rest);
      if (len === 0) {
        buf += c;
        i++;
        continue;
      }
      flush();
      const toks = tokenize(`"${rest.slice(0, len)}"`, sub);
      const first = toks[0];
      if (first.k === 'word') parts.push(...first.word.parts.filter((p) => p.t !== 'lit' || p.v !== ''));
      i += len;
    } else {
      buf += c;
      i++;
    }
  }
  flush();
  return { parts };
}

/** Length of the expansion `s` starts with (0 when its `$` is just a character). */
function expansionLength(s: string): number {
  if (s[0] === '`') {
    const end = s.indexOf('`', 1);
    return end < 0 ? 0 : end + 1;
  }
  const n = s[1];
  if (n === '(') return findClose(s, 2) + 1;
  if (n === '{') {
    const end = s.indexOf('}', 2);
    return end < 0 ? 0 : end + 1;
  }
  if (n !== undefined && NAME_START.test(n)) {
    let j = 1;
    while (j < s.length && NAME_CHAR.test(s[j])) j++;
    return j;
  }
  if (n !== undefined && /[?$#!@*0-9-]/.test(n)) return 2;
  return 0;
}
