// Tokens → AST (ast.ts), by recursive descent over the POSIX grammar subset we support:
// lists (; & newline), && and ||, pipelines (with !), simple commands with assignments and
// redirections. A syntax error carries the offending token as bash names it (`|`, `newline` …).
import type { AndOr, Assignment, Pipeline, Redirect, Script, SimpleCommand, Word } from './ast';
import { Incomplete, tokenize, tokenizeHeredocBody, type Token } from './lexer';

export class ShellSyntaxError extends Error {
  /** The token text bash quotes: `|`, `;;`, `newline` … */
  readonly token: string;

  constructor(token: string) {
    super(`syntax error near unexpected token \`${token}'`);
    this.name = 'ShellSyntaxError';
    this.token = token;
  }
}

export { Incomplete };

export function parseScript(src: string): Script {
  const tokens = tokenize(src, parseScript);
  let pos = 0;
  const peek = (): Token => tokens[pos];
  const next = (): Token => tokens[pos++];
  const isOp = (t: Token, ...ops: string[]): boolean => t.k === 'op' && ops.includes(t.op);
  const tokenText = (t: Token): string => {
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
  };
  const fail = (t: Token): never => {
    if (t.k === 'eof') throw new Incomplete();
    throw new ShellSyntaxError(tokenText(t));
  };
  const skipNewlines = (): void => {
    while (isOp(peek(), '\n')) pos++;
  };

  const items: AndOr[] = [];
  for (;;) {
    while (isOp(peek(), '\n')) pos++;
    if (peek().k === 'eof') break;
    const item = parseAndOr();
    items.push(item);
    const t = peek();
    if (isOp(t, ';', '&', '\n')) {
      pos++;
      if (t.k === 'op' && t.op === '&') item.background = true;
    } else if (t.k !== 'eof') fail(t);
  }
  return { t: 'script', items };

  function parseAndOr(): AndOr {
    const first = parsePipeline();
    const rest: AndOr['rest'] = [];
    while (isOp(peek(), '&&', '||')) {
      const op = (next() as { op: '&&' | '||' }).op;
      skipNewlines();
      if (peek().k === 'eof') throw new Incomplete();
      rest.push({ op, pipeline: parsePipeline() });
    }
    return { t: 'andor', first, rest, background: false };
  }

  function parsePipeline(): Pipeline {
    let negated = false;
    const t = peek();
    if (t.k === 'word' && t.raw === '!') {
      negated = true;
      pos++;
    }
    const commands = [parseCommand()];
    while (isOp(peek(), '|')) {
      pos++;
      skipNewlines();
      if (peek().k === 'eof') throw new Incomplete();
      commands.push(parseCommand());
    }
    return { t: 'pipeline', negated, commands };
  }

  function parseCommand(): SimpleCommand {
    const cmd: SimpleCommand = { t: 'simple', assigns: [], words: [], redirects: [] };
    for (;;) {
      const t = peek();
      if (t.k === 'word') {
        pos++;
        const a = cmd.words.length === 0 ? asAssignment(t.word) : null;
        if (a) cmd.assigns.push(a);
        else cmd.words.push(t.word);
      } else if (t.k === 'redir') {
        pos++;
        cmd.redirects.push(parseRedirect(t));
      } else if (t.k === 'heredoc') {
        pos++;
        const body: Word = t.quoted ? { parts: [{ t: 'lit', v: t.body, quoted: true }] } : tokenizeHeredocBody(t.body, parseScript);
        cmd.redirects.push({ t: 'heredoc', fd: t.fd ?? 0, body, expand: !t.quoted });
      } else break;
    }
    if (cmd.words.length === 0 && cmd.assigns.length === 0 && cmd.redirects.length === 0) fail(peek());
    return cmd;
  }

  function parseRedirect(t: Extract<Token, { k: 'redir' }>): Redirect {
    const target = peek();
    if (target.k !== 'word') {
      if (target.k === 'eof') throw new ShellSyntaxError('newline');
      return fail(target);
    }
    pos++;
    const fd = t.fd ?? (t.op === '<' || t.op === '<&' ? 0 : 1);
    if ((t.op === '>&' || t.op === '<&') && /^\d+$/.test(target.raw)) return { t: 'dup', fd, to: Number(target.raw) };
    const op = t.op === '>&' || t.op === '>|' ? '>' : t.op === '<&' ? '<' : t.op;
    return { t: 'file', fd, op, target: target.word };
  }
}

/** `NAME=value` at the start of a command (NAME unquoted and valid) is an assignment. */
function asAssignment(word: Word): Assignment | null {
  const first = word.parts[0];
  if (!first || first.t !== 'lit' || first.quoted) return null;
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.v);
  if (!m) return null;
  const restFirst = first.v.slice(m[0].length);
  const parts = [...(restFirst ? [{ ...first, v: restFirst }] : []), ...word.parts.slice(1)];
  return { name: m[1], value: { parts } };
}
