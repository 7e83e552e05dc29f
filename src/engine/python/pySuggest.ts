// CPython 3.10+'s "Did you mean" for NameError and AttributeError: the closest candidate by a
// Levenshtein distance where a case change costs 1 and any other edit 2, accepted when no more
// than a third of the characters involved change (Lib/traceback.py's rules, re-stated).

const MOVE = 2;
const CASE = 1;
const MAX_SIZE = 40;

function substitution(a: string, b: string): number {
  if (a === b) return 0;
  return a.toLowerCase() === b.toLowerCase() ? CASE : MOVE;
}

export function levenshtein(a0: string, b0: string, maxCost: number): number {
  if (a0 === b0) return 0;
  let pre = 0;
  while (pre < a0.length && pre < b0.length && a0[pre] === b0[pre]) pre++;
  let a = a0.slice(pre);
  let b = b0.slice(pre);
  let post = 0;
  while (post < a.length && post < b.length && a[a.length - 1 - post] === b[b.length - 1 - post]) post++;
  a = a.slice(0, a.length - post);
  b = b.slice(0, b.length - post);
  if (!a || !b) return MOVE * (a.length + b.length);
  if (a.length > MAX_SIZE || b.length > MAX_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE > maxCost) return maxCost + 1;
  const row = Array.from({ length: a.length }, (_, i) => (i + 1) * MOVE);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    let distance = (result = bi * MOVE);
    let minimum = Infinity;
    for (let ai = 0; ai < a.length; ai++) {
      const substitute = distance + substitution(b[bi], a[ai]);
      distance = row[ai];
      const insertDelete = Math.min(result, distance) + MOVE;
      result = Math.min(insertDelete, substitute);
      row[ai] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** The suggestion for `wrong` among `candidates` (in CPython's order: locals, globals, builtins). */
export function suggestName(wrong: string, candidates: string[]): string | undefined {
  if (candidates.length > 750 || wrong.length > MAX_SIZE) return undefined;
  let best = wrong.length;
  let suggestion: string | undefined;
  for (const name of candidates) {
    if (name === wrong) continue;
    const maxDistance = Math.min(Math.floor(((name.length + wrong.length + 3) * MOVE) / 6), best - 1);
    const d = levenshtein(wrong, name, maxDistance);
    if (d > maxDistance) continue;
    if (suggestion === undefined || d < best) {
      suggestion = name;
      best = d;
    }
  }
  return suggestion;
}

/** builtins' names in the order of `dir(builtins)`'s dict (what CPython iterates). */
export const BUILTIN_NAMES = [
  '__name__', '__doc__', '__package__', '__loader__', '__spec__', '__build_class__', '__import__', 'abs', 'all', 'any', 'ascii', 'bin',
  'breakpoint', 'callable', 'chr', 'compile', 'delattr', 'dir', 'divmod', 'eval', 'exec', 'format', 'getattr', 'globals', 'hasattr', 'hash',
  'hex', 'id', 'input', 'isinstance', 'issubclass', 'iter', 'aiter', 'len', 'locals', 'max', 'min', 'next', 'anext', 'oct', 'ord', 'pow',
  'print', 'repr', 'round', 'setattr', 'sorted', 'sum', 'vars', 'None', 'Ellipsis', 'NotImplemented', 'False', 'True', 'bool',
  'memoryview', 'bytearray', 'bytes', 'classmethod', 'complex', 'dict', 'enumerate', 'filter', 'float', 'frozenset', 'property', 'int',
  'list', 'map', 'object', 'range', 'reversed', 'set', 'slice', 'staticmethod', 'str', 'super', 'tuple', 'type', 'zip', '__debug__',
  'BaseException', 'Exception', 'TypeError', 'StopAsyncIteration', 'StopIteration', 'GeneratorExit', 'SystemExit', 'KeyboardInterrupt',
  'ImportError', 'ModuleNotFoundError', 'OSError', 'EnvironmentError', 'IOError', 'EOFError', 'RuntimeError', 'RecursionError',
  'NotImplementedError', 'NameError', 'UnboundLocalError', 'AttributeError', 'SyntaxError', 'IndentationError', 'TabError', 'LookupError',
  'IndexError', 'KeyError', 'ValueError', 'UnicodeError', 'UnicodeEncodeError', 'UnicodeDecodeError', 'UnicodeTranslateError',
  'AssertionError', 'ArithmeticError', 'FloatingPointError', 'OverflowError', 'ZeroDivisionError', 'SystemError', 'ReferenceError',
  'MemoryError', 'BufferError', 'Warning', 'UserWarning', 'EncodingWarning', 'DeprecationWarning', 'PendingDeprecationWarning',
  'SyntaxWarning', 'RuntimeWarning', 'FutureWarning', 'ImportWarning', 'UnicodeWarning', 'BytesWarning', 'ResourceWarning',
  'ConnectionError', 'BlockingIOError', 'BrokenPipeError', 'ChildProcessError', 'ConnectionAbortedError', 'ConnectionRefusedError',
  'ConnectionResetError', 'FileExistsError', 'FileNotFoundError', 'IsADirectoryError', 'NotADirectoryError', 'InterruptedError',
  'PermissionError', 'ProcessLookupError', 'TimeoutError', 'open', 'quit', 'exit', 'copyright', 'credits', 'license', 'help',
];

/** Standard-library modules a student might forget to import (3.12's hint). */
export const STDLIB_MODULES = new Set([
  'os', 'sys', 'socket', 'time', 'json', 'math', 'random', 'datetime', 're', 'subprocess', 'logging', 'pathlib', 'collections', 'string',
  'threading', 'urllib', 'http', 'itertools', 'functools', 'typing', 'shutil', 'glob', 'csv', 'sqlite3', 'uuid', 'hashlib', 'base64',
  'platform', 'signal', 'io', 'copy', 'pprint', 'argparse', 'textwrap', 'traceback', 'decimal', 'fractions', 'statistics', 'secrets',
  'tempfile', 'getpass', 'pickle', 'struct', 'select', 'asyncio', 'enum', 'dataclasses', 'contextlib', 'abc', 'inspect', 'types', 'warnings',
  'unittest', 'email', 'html', 'xml', 'zipfile', 'tarfile', 'gzip', 'queue', 'heapq', 'bisect', 'array', 'weakref', 'operator', 'calendar',
  'locale', 'codecs', 'errno', 'ssl', 'smtplib', 'ftplib', 'socketserver', 'wsgiref', 'cgi', 'configparser', 'fnmatch', 'stat', 'timeit',
]);
