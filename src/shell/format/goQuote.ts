// Go's strconv.Quote (the %q verb) and docker/cli's Ellipsis, used by `ps` COMMAND and friends.
import { allBelow, charWidth, FIRST_WIDE } from './runeWidth';

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

function hex(n: number, digits: number): string {
  return n.toString(16).padStart(digits, '0');
}

function escapeRune(ch: string, quote: string): string {
  if (ch === quote || ch === '\\') return '\\' + ch;
  if (PRINTABLE.test(ch)) return ch;
  switch (ch) {
    case '\x07':
      return '\\a';
    case '\b':
      return '\\b';
    case '\f':
      return '\\f';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    case '\v':
      return '\\v';
  }
  const c = ch.codePointAt(0) as number;
  if (c < 0x20 || c === 0x7f) return '\\x' + hex(c, 2);
  // Lone surrogates are invalid UTF-8 in Go and come out as the replacement character.
  if (c >= 0xd800 && c <= 0xdfff) return '\\ufffd';
  if (c < 0x10000) return '\\u' + hex(c, 4);
  return '\\U' + hex(c, 8);
}

/** Printable ASCII with nothing to escape: quoting only adds the quotes. */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) return false;
  }
  return true;
}

/** strconv.Quote: a double-quoted Go string literal. */
export function goQuote(s: string): string {
  if (isPlainAscii(s)) return `"${s}"`;
  let out = '"';
  for (const ch of s) out += escapeRune(ch, '"');
  return out + '"';
}

/** strconv.QuoteRune: a single-quoted Go rune literal (the %q verb on integers). */
export function goQuoteRune(codePoint: number): string {
  const valid = codePoint >= 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
  return "'" + escapeRune(String.fromCodePoint(valid ? codePoint : 0xfffd), "'") + "'";
}

/**
 * docker/cli formatter.Ellipsis: fits s into maxWidth cells, ending with '…' when cut.
 * A width of 1 keeps the first character whatever its width, as docker does.
 */
export function ellipsis(s: string, maxWidth: number): string {
  if (maxWidth <= 0) return '';
  // Narrow text without surrogates: one cell per UTF-16 unit.
  if (allBelow(s, FIRST_WIDE)) return s.length <= maxWidth ? s : maxWidth === 1 ? s.slice(0, 1) : s.slice(0, maxWidth - 1) + '…';
  const runes = Array.from(s);
  if (maxWidth === 1) return runes[0] ?? '';
  let total = 0;
  const ends: number[] = [];
  for (const r of runes) {
    total += charWidth(r.codePointAt(0) as number);
    ends.push(total);
  }
  if (total <= maxWidth) return s;
  let keep = 0;
  while (keep < runes.length && ends[keep] <= maxWidth - 1) keep++;
  return runes.slice(0, keep).join('') + '…';
}
