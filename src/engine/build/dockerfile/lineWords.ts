// How Docker's parser cuts one logical line into keyword, `--flags` and arguments
// (buildkit parser/split_command.go and line_parsers.go). Arguments stay raw: quotes and escapes
// are kept for the builder's variable expansion, which removes them.
import { parserError } from './dockerfileErrors';

/** Go's regexp `[\t\v\f\r ]+`, the separator Docker splits keywords and lists on. */
const WHITESPACE = /[\t\v\f\r ]+/;
const isSpace = (ch: string) => /\s/.test(ch);

export interface SplitLine {
  keyword: string;
  flags: string[];
  rest: string;
}

export function splitCommand(line: string): SplitLine {
  const trimmed = line.trim();
  const cut = WHITESPACE.exec(trimmed);
  if (!cut) return { keyword: trimmed, flags: [], rest: '' };
  const keyword = trimmed.slice(0, cut.index);
  const { flags, rest } = extractFlags(trimmed.slice(cut.index + cut[0].length));
  return { keyword, flags, rest: rest.trim() };
}

/**
 * Leading words that start with `--` are builder flags (`COPY --from=build`); quotes in them are
 * removed and `\` escapes the next character. A lone `--` ends the flags.
 */
function extractFlags(line: string): { flags: string[]; rest: string } {
  const flags: string[] = [];
  let pos = 0;
  for (;;) {
    while (pos < line.length && isSpace(line[pos])) pos++;
    if (pos >= line.length) return { flags, rest: '' };
    if (!line.startsWith('--', pos)) return { flags, rest: line.slice(pos) };
    let word = '';
    let quote = '';
    for (; pos < line.length; pos++) {
      const ch = line[pos];
      if (quote) {
        if (ch === quote) quote = '';
        else if (ch === '\\' && pos + 1 < line.length) word += line[++pos];
        else if (ch !== '\\') word += ch;
        continue;
      }
      if (isSpace(ch)) break;
      if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '\\') {
        if (pos + 1 < line.length) word += line[++pos];
      } else word += ch;
    }
    if (word === '--') return { flags, rest: line.slice(pos) };
    flags.push(word);
  }
}

/** Space-separated words with quotes and escapes kept as written (ENV, LABEL, ARG). */
export function parseWords(rest: string, escape: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote = '';
  const chars = [...rest];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (!inWord) {
      if (isSpace(ch)) continue;
      inWord = true;
    }
    if (quote) {
      if (ch === quote) quote = '';
      if (ch === escape && quote !== "'") {
        if (i + 1 === chars.length) continue;
        word += ch + chars[++i];
        continue;
      }
      word += ch;
      continue;
    }
    if (isSpace(ch)) {
      if (word) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    if (ch === escape) {
      if (i + 1 === chars.length) continue;
      word += ch + chars[++i];
      continue;
    }
    word += ch;
  }
  if (word) words.push(word);
  return words;
}

export function splitWhitespace(rest: string): string[] {
  return rest === '' ? [] : rest.split(WHITESPACE);
}

/**
 * The exec form: a JSON array of strings. Anything that is not a JSON array gives `undefined`
 * (the caller falls back to shell form, as Docker does for `CMD ["python" app.py]`); an array with
 * a non-string is an error.
 */
export function parseJsonArray(rest: string, notStringsMessage: string): string[] | undefined {
  const text = rest.replace(/^\s+/, '');
  if (!text.startsWith('[')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value)) return undefined;
  if (!value.every((v) => typeof v === 'string')) throw parserError(notStringsMessage);
  return value as string[];
}
