// Shell syntax errors as each shell reports them: bash quotes the offending token (`|`,
// `newline` …), ash and dash name it (`"fi"`, `word`, `end of file`) and say what they expected.
// Input that simply stops early is not an error but Incomplete: the caller asks for more lines.
import { Incomplete, type Token } from './lexer';

export class ShellSyntaxError extends Error {
  /** The token text bash quotes: `|`, `;;`, `newline` … */
  readonly token: string;
  /** The token as ash and dash print it: `"fi"`, `"|"`, `newline`, `word`, `end of file`. */
  readonly shName: string;
  /** What ash and dash say they wanted instead, e.g. `"then"`. */
  readonly expecting?: string;

  constructor(token: string, shName = token === 'newline' ? 'newline' : `"${token}"`, expecting?: string) {
    super(`syntax error near unexpected token \`${token}'`);
    this.name = 'ShellSyntaxError';
    this.token = token;
    this.shName = shName;
    if (expecting !== undefined) this.expecting = expecting;
  }
}

/** Input that ends inside a compound command; `expecting` is the keyword that would close it. */
export class IncompleteCompound extends Incomplete {
  constructor(readonly expecting: string) {
    super();
  }
}

const RESERVED = new Set(['if', 'then', 'elif', 'else', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until', 'for', 'in', '{', '}', '!']);

/** The token as bash quotes it. */
function tokenText(t: Token): string {
  switch (t.k) {
    case 'op':
      return t.op === '\n' ? 'newline' : t.op;
    case 'redir':
      return `${t.fd ?? ''}${t.op}`;
    case 'heredoc':
      return t.strip ? '<<-' : '<<';
    case 'word':
      return t.raw;
    default:
      return 'newline';
  }
}

/** The token as ash and dash name it. */
function shName(t: Token): string {
  if (t.k === 'op') return t.op === '\n' ? 'newline' : `"${t.op}"`;
  if (t.k === 'word') return RESERVED.has(t.raw) ? `"${t.raw}"` : 'word';
  if (t.k === 'eof') return 'end of file';
  return 'redirection';
}

/** Stops the parse at `t`: a syntax error, or Incomplete when the input ended (`t` is eof). */
export function failAt(t: Token, expecting?: string): never {
  if (t.k === 'eof') throw expecting ? new IncompleteCompound(expecting) : new Incomplete();
  throw new ShellSyntaxError(tokenText(t), shName(t), expecting);
}
