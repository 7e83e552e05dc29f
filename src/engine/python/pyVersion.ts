// Which CPython the image carries decides how errors read: 3.10 brought the PEG parser's
// messages ("expected ':'", "Did you mean"), 3.11 the ^^^ ranges under the failing expression.

export interface PyVersion {
  /** '3.6.4', '3.12.12' … */
  full: string;
  minor: number;
  /** 3.10+: PEG parser messages and NameError suggestions. */
  pegParser: boolean;
  /** 3.11+: carets under the failing expression in tracebacks, ranges in syntax errors. */
  caretRanges: boolean;
  /** 3.12+: "Did you forget to import 'os'?" for a stdlib module used unimported. */
  importHints: boolean;
  /** 3.9+: a missing script is named by its absolute path. */
  absoluteScriptPath: boolean;
}

/** From the image's PYTHON_VERSION (the official images set it), else the era's default. */
export function pyVersion(full: string | undefined, fallback: string): PyVersion {
  const v = full && /^3\.\d+/.test(full) ? full : fallback;
  const minor = Number(v.split('.')[1]);
  return { full: v, minor, pegParser: minor >= 10, caretRanges: minor >= 11, importHints: minor >= 12, absoluteScriptPath: minor >= 9 };
}
