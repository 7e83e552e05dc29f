// Exceptions of the model and the traceback CPython prints for them: "Traceback (most recent call
// last):", one `File "…", line N, in f` entry per frame with its source line, 3.11+'s carets
// under the failing expression (omitted when they would cover the whole line), then the
// exception line with 3.10+'s "Did you mean" suggestion.
import type { PyVersion } from './pyVersion';
import { pyStr, repr, type PyVal } from './pyValues';

/** Exception classes of the model, each with its bases up to BaseException. */
export const EXCEPTION_BASES: Record<string, string[]> = {
  BaseException: [],
  Exception: ['BaseException'],
  SystemExit: ['BaseException'],
  KeyboardInterrupt: ['BaseException'],
  ArithmeticError: ['Exception', 'BaseException'],
  ZeroDivisionError: ['ArithmeticError', 'Exception', 'BaseException'],
  LookupError: ['Exception', 'BaseException'],
  KeyError: ['LookupError', 'Exception', 'BaseException'],
  IndexError: ['LookupError', 'Exception', 'BaseException'],
  NameError: ['Exception', 'BaseException'],
  UnboundLocalError: ['NameError', 'Exception', 'BaseException'],
  TypeError: ['Exception', 'BaseException'],
  ValueError: ['Exception', 'BaseException'],
  AttributeError: ['Exception', 'BaseException'],
  ImportError: ['Exception', 'BaseException'],
  ModuleNotFoundError: ['ImportError', 'Exception', 'BaseException'],
  RuntimeError: ['Exception', 'BaseException'],
  OSError: ['Exception', 'BaseException'],
  EOFError: ['Exception', 'BaseException'],
};

export interface Range {
  line: number;
  col: number;
  endCol: number;
  /** Binary operator or subscript: where the `^` part starts and ends (the rest gets `~`). */
  anchor?: [number, number];
}

export interface TraceFrame {
  file: string;
  line: number;
  name: string;
  /** Source line, unstripped. */
  text: string;
  range?: Range;
}

export class PyException extends Error {
  readonly exc: Extract<PyVal, { t: 'exc' }>;
  /** Innermost first. */
  readonly frames: TraceFrame[] = [];
  /** Where the failing expression is in the frame being unwound, not yet recorded. */
  pending?: Range;
  placed = false;
  /** NameError/AttributeError: the name looked up, and what the suggestion machinery found. */
  suggestion?: string;
  importHint?: string;

  constructor(exc: Extract<PyVal, { t: 'exc' }>, at?: Range) {
    super(exc.cls);
    this.name = 'PyException';
    this.exc = exc;
    this.pending = at;
  }
}

export function makeExc(cls: string, message?: string, module?: string): Extract<PyVal, { t: 'exc' }> {
  return { t: 'exc', cls, bases: EXCEPTION_BASES[cls] ?? ['Exception', 'BaseException'], args: message === undefined ? [] : [{ t: 'str', v: message }], ...(module ? { module } : {}) };
}

export function raise(cls: string, message: string, at?: Range): never {
  throw new PyException(makeExc(cls, message), at);
}

function caretLine(text: string, r: Range): string | undefined {
  const indent = /^[ \t]*/.exec(text)![0].length;
  const stripped = text.trimEnd();
  const end = Math.min(r.endCol, stripped.length);
  if (r.col <= indent && end >= stripped.length) return undefined;
  const pad = ' '.repeat(Math.max(0, r.col - indent));
  if (!r.anchor) return `    ${pad}${'^'.repeat(Math.max(1, end - r.col))}`;
  const [a, b] = r.anchor;
  return `    ${pad}${'~'.repeat(a - r.col)}${'^'.repeat(b - a)}${'~'.repeat(Math.max(0, end - b))}`;
}

export function formatFrame(f: TraceFrame, v: PyVersion): string {
  const src = f.text.trim();
  let out = `  File "${f.file}", line ${f.line}, in ${f.name}\n`;
  if (src) {
    out += `    ${src}\n`;
    if (v.caretRanges && f.range && f.range.line === f.line) {
      const c = caretLine(f.text, f.range);
      if (c) out += `${c}\n`;
    }
  }
  return out;
}

/** The exception's own line: `NameError: name 'x' is not defined. Did you mean: 'y'?`. */
export function formatExceptionLine(e: PyException, v: PyVersion): string {
  const { exc } = e;
  const name = `${exc.module ? `${exc.module}.` : ''}${exc.cls}`;
  // KeyError shows its key as repr: KeyError: 'b'.
  let text = (exc.cls === 'KeyError' || exc.bases.includes('KeyError')) && exc.args.length === 1 ? repr(exc.args[0]) : pyStr(exc);
  if (v.pegParser && e.suggestion) text += `. Did you mean: '${e.suggestion}'?`;
  if (v.importHints && e.importHint) text += e.suggestion ? ` Or did you forget to import '${e.importHint}'?` : `. Did you forget to import '${e.importHint}'?`;
  return text === '' ? `${name}\n` : `${name}: ${text}\n`;
}

/** A whole traceback; `outer` frames (a library's own) come before the program's. */
export function formatTraceback(e: PyException, v: PyVersion, outer: TraceFrame[] = []): string {
  const frames = [...outer, ...[...e.frames].reverse()];
  return `Traceback (most recent call last):\n${frames.map((f) => formatFrame(f, v)).join('')}${formatExceptionLine(e, v)}`;
}
