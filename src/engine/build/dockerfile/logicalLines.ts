// The first pass of Docker's Dockerfile parser (buildkit frontend/dockerfile/parser/parser.go):
// parser directives, whole-line comments, blank lines and line continuations, giving one logical
// line per instruction with the lines it spans.
import { parserError } from './dockerfileErrors';

export interface LogicalLine {
  line: number;
  endLine: number;
  /** Continuations joined as Docker joins them (escape char and trailing blanks removed). */
  text: string;
}

export interface LogicalLines {
  escape: '\\' | '`';
  lines: LogicalLine[];
  /** Logical lines that contained an empty continuation line, as joined. */
  emptyContinuations: string[];
}

const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const KNOWN_DIRECTIVES = new Set(['escape', 'syntax', 'check']);

const trimLeft = (s: string) => s.replace(/^\s+/, '');
const isComment = (raw: string) => trimLeft(raw).startsWith('#');

export function splitLogicalLines(text: string): LogicalLines {
  const raw = text.replace(/^\uFEFF/, '').split('\n').map((l) => l.replace(/\r$/, ''));
  let escape: '\\' | '`' = '\\';
  let continuation = /\\[ \t]*$/;
  const seen = new Set<string>();
  let directivesDone = false;

  // Directives are comments at the very top; the first other line ends them.
  const directive = (line: string, lineNo: number) => {
    if (directivesDone) return;
    const m = DIRECTIVE.exec(line);
    const key = m?.[1].toLowerCase();
    if (!m || !key || !KNOWN_DIRECTIVES.has(key)) {
      directivesDone = true;
      return;
    }
    if (seen.has(key)) throw withLine(parserError(`only one ${key} parser directive can be used`), lineNo);
    seen.add(key);
    if (key !== 'escape') return;
    if (m[2] !== '`' && m[2] !== '\\') {
      throw withLine(parserError(`invalid escape token '${m[2]}' does not match \` or \\`), lineNo);
    }
    escape = m[2];
    continuation = escape === '`' ? /`[ \t]*$/ : /\\[ \t]*$/;
  };

  const lines: LogicalLine[] = [];
  const emptyContinuations: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const first = trimLeft(raw[i]);
    directive(first, i + 1);
    const startLine = i + 1;
    let line = first.startsWith('#') ? '' : first;
    let ended = !continuation.test(line);
    if (!ended) line = line.replace(continuation, '');
    if (ended && line === '') continue;

    let sawEmpty = false;
    while (!ended && i + 1 < raw.length) {
      i++;
      const next = raw[i];
      // Comment lines inside a continuation vanish; blank ones too (with a warning in 18.03).
      if (isComment(next)) continue;
      if (trimLeft(next) === '') {
        sawEmpty = true;
        continue;
      }
      ended = !continuation.test(next);
      line += ended ? next : next.replace(continuation, '');
    }
    if (sawEmpty) emptyContinuations.push(line);
    lines.push({ line: startLine, endLine: i + 1, text: line });
  }
  return { escape, lines, emptyContinuations };
}

function withLine<E extends { line?: number }>(e: E, line: number): E {
  e.line = line;
  return e;
}
