// Syntax and indentation errors as CPython prints them. The parser reports WHAT went wrong and
// WHERE (one kind per situation); this file turns that into the era's text: 3.6's LL(1) parser
// says "invalid syntax" with its caret on the last character of the offending token, 3.10+'s PEG
// parser names the problem ("expected ':'", "'(' was never closed") and 3.11+ underlines ranges.
import type { PyVersion } from './pyVersion';

export type SyntaxKind =
  | 'invalid'
  | 'expected-colon'
  | 'expected-indent'
  | 'unexpected-indent'
  | 'unindent-mismatch'
  | 'eol-string'
  | 'eof-triple'
  | 'never-closed'
  | 'unexpected-eof'
  | 'unmatched'
  | 'mismatched'
  | 'invalid-char'
  | 'outside-function'
  | 'print-statement'
  | 'forgot-comma'
  | 'assign-in-condition';

export interface SyntaxInfo {
  kind: SyntaxKind;
  /** 1-based line and 0-based column in the raw line of the offending spot. */
  line: number;
  col: number;
  /** Raw text of that line. */
  text: string;
  /** End column of the offending token or range (exclusive). */
  endCol?: number;
  /** The offending token is the end of the line. */
  atNewline?: boolean;
  bracket?: string;
  opener?: string;
  openerLine?: number;
  detectedAt?: number;
  char?: string;
  /** expected-indent: what opened the block ("function definition", "'if' statement") and where. */
  block?: string;
  blockLine?: number;
  /** expected-indent at the end of the file: the block's own line is shown. */
  blockText?: string;
  /** 'return' outside function, … */
  keyword?: string;
  /** print-statement: the rest of the statement, for 3.6's suggestion. */
  rest?: string;
  /** Line count of the file (3.6 reports EOF errors past the last line). */
  lineCount?: number;
  /** Last line's length (3.6's caret for EOF errors). */
  lastLineLength?: number;
}

export class PySyntaxError extends Error {
  readonly info: SyntaxInfo;

  constructor(info: SyntaxInfo) {
    super(info.kind);
    this.name = 'PySyntaxError';
    this.info = info;
  }
}

interface Shown {
  line: number;
  text: string;
  /** Caret columns in raw-line coordinates [start, end); undefined: no caret line. */
  caret?: [number, number];
  type: 'SyntaxError' | 'IndentationError';
  message: string;
}

function classic(i: SyntaxInfo): Shown {
  const lastCharOfToken = i.atNewline ? i.col - 1 : (i.endCol ?? i.col + 1) - 1;
  const at = (c: number): [number, number] => [c, c + 1];
  const eof = (message: string, extra = 1): Shown => ({ line: (i.lineCount ?? i.line) + extra, text: '', caret: at(i.lastLineLength ?? 0), type: 'SyntaxError', message });
  switch (i.kind) {
    case 'expected-indent':
      if (i.blockText !== undefined) return eof('unexpected EOF while parsing');
      return { line: i.line, text: i.text, caret: at(lastCharOfToken), type: 'IndentationError', message: 'expected an indented block' };
    case 'unexpected-indent':
      return { line: i.line, text: i.text, caret: at(i.col), type: 'IndentationError', message: 'unexpected indent' };
    case 'unindent-mismatch':
      return { line: i.line, text: i.text, caret: at(i.text.trimEnd().length - 1), type: 'IndentationError', message: 'unindent does not match any outer indentation level' };
    case 'eol-string':
      return { line: i.line, text: i.text, caret: at(i.text.trimEnd().length - 1), type: 'SyntaxError', message: 'EOL while scanning string literal' };
    case 'eof-triple':
      return { line: (i.detectedAt ?? i.line) + 2, text: '', caret: at(0), type: 'SyntaxError', message: 'EOF while scanning triple-quoted string literal' };
    case 'never-closed':
    case 'unexpected-eof':
      return eof('unexpected EOF while parsing');
    case 'invalid-char':
      return { line: i.line, text: i.text, caret: at(lastCharOfToken), type: 'SyntaxError', message: i.char && i.char.charCodeAt(0) > 127 ? 'invalid character in identifier' : 'invalid syntax' };
    case 'outside-function':
      return { line: i.line, text: i.text, caret: at(i.col), type: 'SyntaxError', message: `'${i.keyword}' outside function` };
    case 'print-statement':
      return { line: i.line, text: i.text, caret: at(lastCharOfToken), type: 'SyntaxError', message: `Missing parentheses in call to 'print'. Did you mean print(${i.rest})?` };
    default:
      return { line: i.line, text: i.text, caret: at(lastCharOfToken), type: 'SyntaxError', message: 'invalid syntax' };
  }
}

function modern(i: SyntaxInfo): Shown {
  const at = (c: number): [number, number] => [c, c + 1];
  const range: [number, number] = [i.col, i.endCol ?? i.col + 1];
  switch (i.kind) {
    case 'expected-colon':
      return { line: i.line, text: i.text, caret: at(i.col), type: 'SyntaxError', message: "expected ':'" };
    case 'expected-indent': {
      const message = `expected an indented block after ${i.block} on line ${i.blockLine}`;
      if (i.blockText !== undefined) return { line: i.blockLine ?? i.line, text: i.blockText, type: 'IndentationError', message };
      return { line: i.line, text: i.text, caret: at(i.col), type: 'IndentationError', message };
    }
    case 'unexpected-indent':
      return { line: i.line, text: i.text, type: 'IndentationError', message: 'unexpected indent' };
    case 'unindent-mismatch':
      return { line: i.line, text: i.text, caret: at(i.text.trimEnd().length), type: 'IndentationError', message: 'unindent does not match any outer indentation level' };
    case 'eol-string':
      return { line: i.line, text: i.text, caret: at(i.col), type: 'SyntaxError', message: `unterminated string literal (detected at line ${i.line})` };
    case 'eof-triple':
      return { line: i.line, text: i.text, caret: at(i.col), type: 'SyntaxError', message: `unterminated triple-quoted string literal (detected at line ${i.detectedAt})` };
    case 'never-closed':
    case 'unexpected-eof':
      return { line: i.line, text: i.text, caret: at(i.col), type: 'SyntaxError', message: `'${i.bracket}' was never closed` };
    case 'unmatched':
      return { line: i.line, text: i.text, caret: at(i.col), type: 'SyntaxError', message: `unmatched '${i.bracket}'` };
    case 'mismatched': {
      const where = i.openerLine !== undefined && i.openerLine !== i.line ? ` on line ${i.openerLine}` : '';
      return { line: i.line, text: i.text, caret: at(i.col), type: 'SyntaxError', message: `closing parenthesis '${i.bracket}' does not match opening parenthesis '${i.opener}'${where}` };
    }
    case 'invalid-char': {
      const c = i.char ?? '?';
      const code = c.codePointAt(0) ?? 0;
      const message = code > 127 ? `invalid character '${c}' (U+${code.toString(16).toUpperCase().padStart(4, '0')})` : 'invalid syntax';
      return { line: i.line, text: i.text, caret: at(i.col), type: 'SyntaxError', message };
    }
    case 'outside-function':
      return { line: i.line, text: i.text, caret: range, type: 'SyntaxError', message: `'${i.keyword}' outside function` };
    case 'print-statement':
      return { line: i.line, text: i.text, caret: range, type: 'SyntaxError', message: "Missing parentheses in call to 'print'. Did you mean print(...)?" };
    case 'forgot-comma':
      return { line: i.line, text: i.text, caret: range, type: 'SyntaxError', message: 'invalid syntax. Perhaps you forgot a comma?' };
    case 'assign-in-condition':
      return { line: i.line, text: i.text, caret: range, type: 'SyntaxError', message: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?" };
    default:
      return { line: i.line, text: i.text, caret: at(i.col), type: 'SyntaxError', message: 'invalid syntax' };
  }
}

/** The lines CPython writes to stderr for this error (no "Traceback" header: it happens at compile time). */
export function formatSyntaxError(info: SyntaxInfo, file: string, version: PyVersion): string {
  const s = version.pegParser ? modern(info) : classic(info);
  const indent = /^[ \t\f]*/.exec(s.text)![0].length;
  const text = s.text.slice(indent).replace(/\s+$/, '');
  let out = `  File "${file}", line ${s.line}\n    ${text}\n`;
  if (s.caret) {
    const start = Math.max(0, s.caret[0] - indent);
    const width = version.caretRanges ? Math.max(1, Math.min(s.caret[1], indent + text.length + 1) - s.caret[0]) : 1;
    out += `    ${' '.repeat(start)}${'^'.repeat(width)}\n`;
  }
  return `${out}${s.type}: ${s.message}\n`;
}
