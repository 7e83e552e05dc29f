// Splits the text before the cursor into shell words the way readline sees them for completion:
// unquoted blanks end a word, and `|`, `;`, `&`, `(` put the next word back in command position.

export interface WordsBeforeCursor {
  /** The finished words of the current simple command (quotes removed). */
  words: string[];
  /** The word being completed, quotes removed. */
  current: string;
  /** Where the replaceable part of the current word starts in the line (after an opening quote). */
  start: number;
  /** The quote the current word is open in, so a completion can close it. */
  quote?: '"' | "'";
}

const SEPARATORS = new Set(['|', ';', '&', '(', ')', '`']);

export function wordsBeforeCursor(line: string, cursor: number): WordsBeforeCursor {
  const words: string[] = [];
  let current = '';
  let start = 0;
  let inWord = false;
  let quote: '"' | "'" | undefined;
  let quoteOpenedAt = -1;
  for (let i = 0; i < cursor; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = undefined;
      else current += ch;
      continue;
    }
    if (ch === '\\' && i + 1 < cursor) {
      if (!inWord) start = i;
      inWord = true;
      current += line[++i];
      continue;
    }
    if (ch === '"' || ch === "'") {
      if (!inWord) start = i;
      inWord = true;
      quote = ch;
      quoteOpenedAt = i;
      continue;
    }
    if (/\s/.test(ch) || SEPARATORS.has(ch)) {
      if (inWord) words.push(current);
      if (SEPARATORS.has(ch)) words.length = 0;
      current = '';
      inWord = false;
      continue;
    }
    if (!inWord) start = i;
    inWord = true;
    current += ch;
  }
  if (!inWord) start = cursor;
  // Inside an open quote readline replaces only what follows the quote.
  if (quote) return { words, current, start: quoteOpenedAt + 1, quote };
  return { words, current, start };
}
