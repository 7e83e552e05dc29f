// Tokens → AST (ast.ts), by recursive descent over the POSIX grammar subset we support: lists
// (; & newline), && and ||, pipelines (with !), simple commands with assignments and
// redirections, and the compound commands ( ) { } if for while until case. A syntax error
// carries the offending token as bash names it (`|`, `fi`, `newline` …) and as ash/dash name it
// (`"fi"`, `newline`, `word`), plus what dash and busybox say they were expecting
// (shellSyntaxError.ts).
import type { AndOr, Assignment, Command, CompoundCommand, Pipeline, Redirect, Script, SimpleCommand, Word } from './ast';
import { Incomplete, tokenize, type Token } from './lexer';
import { failAt, IncompleteCompound, ShellSyntaxError } from './shellSyntaxError';
import { tokenizeHeredocBody } from './tokenizeHeredocBody';

export { Incomplete, IncompleteCompound, ShellSyntaxError };

/** Reserved words that end a list; met where a command should start they are a syntax error. */
const CLOSERS = new Set(['then', 'elif', 'else', 'fi', 'do', 'done', 'esac', '}']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parseScript(src: string): Script {
  const tokens = tokenize(src, parseScript);
  let pos = 0;
  const peek = (): Token => tokens[pos];
  const next = (): Token => tokens[pos++];
  const isOp = (t: Token, ...ops: string[]): boolean => t.k === 'op' && ops.includes(t.op);
  /** An unquoted word spelled exactly `w` (where the grammar allows a reserved word). */
  const isWord = (t: Token, ...ws: string[]): boolean => t.k === 'word' && ws.includes(t.raw);
  const skipNewlines = (): void => {
    while (isOp(peek(), '\n')) pos++;
  };
  const expectWord = (w: string): void => {
    if (!isWord(peek(), w)) failAt(peek(), `"${w}"`);
    pos++;
  };

  const script = parseList();
  if (peek().k !== 'eof') failAt(peek());
  return script;

  /** Items up to a closing reserved word, `)`, `;;` or the end. */
  function parseList(): Script {
    const items: AndOr[] = [];
    for (;;) {
      skipNewlines();
      const t = peek();
      if (t.k === 'eof' || isOp(t, ')', ';;') || (t.k === 'word' && CLOSERS.has(t.raw))) break;
      const item = parseAndOr();
      items.push(item);
      const sep = peek();
      if (isOp(sep, ';', '&', '\n')) {
        const last = tokens[pos - 1];
        pos++;
        if (sep.k === 'op' && sep.op === '&') {
          item.background = true;
          if (t.at !== undefined && last.end !== undefined) item.text = src.slice(t.at, last.end);
        }
      } else if (!(sep.k === 'eof' || isOp(sep, ')', ';;') || (sep.k === 'word' && CLOSERS.has(sep.raw)))) failAt(sep);
      else break;
    }
    return { t: 'script', items };
  }

  /** A list that must not be empty, closed by the reserved word `closer` (consumed). */
  function parseBody(closer: string, ...alsoClosers: string[]): Script {
    const body = parseList();
    const t = peek();
    if (body.items.length === 0 && t.k !== 'eof') failAt(t);
    if (!isWord(t, closer, ...alsoClosers)) failAt(t, `"${closer}"`);
    return body;
  }

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
    if (isWord(peek(), '!')) {
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

  function parseCommand(): Command {
    const t = peek();
    if (isOp(t, '(')) {
      pos++;
      const body = parseList();
      if (body.items.length === 0 && peek().k !== 'eof') failAt(peek());
      if (!isOp(peek(), ')')) failAt(peek(), '")"');
      pos++;
      return withRedirects({ t: 'subshell', body, redirects: [] });
    }
    if (t.k === 'word' && CLOSERS.has(t.raw)) failAt(t);
    if (isWord(t, '{')) {
      pos++;
      const body = parseBody('}');
      pos++;
      return withRedirects({ t: 'group', body, redirects: [] });
    }
    if (isWord(t, 'if')) return withRedirects(parseIf());
    if (isWord(t, 'while', 'until')) {
      pos++;
      const cond = parseBody('do');
      pos++;
      const body = parseBody('done');
      pos++;
      return withRedirects({ t: 'while', until: t.k === 'word' && t.raw === 'until', cond, body, redirects: [] });
    }
    if (isWord(t, 'for')) return withRedirects(parseFor());
    if (isWord(t, 'case')) return withRedirects(parseCase());
    return parseSimple();
  }

  function parseIf(): CompoundCommand {
    pos++;
    const clauses: { cond: Script; body: Script }[] = [];
    let orElse: Script | null = null;
    for (;;) {
      const cond = parseBody('then');
      pos++;
      const body = parseBody('fi', 'elif', 'else');
      clauses.push({ cond, body });
      const kw = (next() as { raw: string }).raw;
      if (kw === 'elif') continue;
      if (kw === 'else') {
        orElse = parseBody('fi');
        pos++;
      }
      break;
    }
    return { t: 'if', clauses, orElse, redirects: [] };
  }

  function parseFor(): CompoundCommand {
    pos++;
    const nameTok = peek();
    if (nameTok.k !== 'word' || !NAME.test(nameTok.raw)) return failAt(nameTok);
    pos++;
    let values: Word[] | null = null;
    skipNewlines();
    if (isWord(peek(), 'in')) {
      pos++;
      values = [];
      for (let t = peek(); t.k === 'word'; t = peek()) {
        values.push(t.word);
        pos++;
      }
      if (!isOp(peek(), ';', '\n')) failAt(peek(), '"do"');
      pos++;
    } else if (isOp(peek(), ';')) pos++;
    skipNewlines();
    expectWord('do');
    const body = parseBody('done');
    pos++;
    return { t: 'for', name: nameTok.raw, values, body, redirects: [] };
  }

  function parseCase(): CompoundCommand {
    pos++;
    const subj = peek();
    if (subj.k !== 'word') return failAt(subj);
    pos++;
    skipNewlines();
    expectWord('in');
    const arms: { patterns: Word[]; body: Script }[] = [];
    for (;;) {
      skipNewlines();
      if (isWord(peek(), 'esac')) {
        pos++;
        break;
      }
      if (isOp(peek(), '(')) pos++;
      const patterns: Word[] = [];
      for (;;) {
        const p = peek();
        if (p.k !== 'word') failAt(p);
        patterns.push((p as { word: Word }).word);
        pos++;
        if (isOp(peek(), '|')) pos++;
        else break;
      }
      if (!isOp(peek(), ')')) failAt(peek(), '")"');
      pos++;
      const body = parseList();
      arms.push({ patterns, body });
      if (isOp(peek(), ';;')) {
        pos++;
        continue;
      }
      if (isWord(peek(), 'esac')) {
        pos++;
        break;
      }
      failAt(peek(), '"esac"');
    }
    return { t: 'case', subject: subj.word, arms, redirects: [] };
  }

  function withRedirects(cmd: CompoundCommand): CompoundCommand {
    for (let t = peek(); t.k === 'redir' || t.k === 'heredoc'; t = peek()) {
      pos++;
      cmd.redirects.push(redirectOf(t));
    }
    return cmd;
  }

  function parseSimple(): SimpleCommand {
    const cmd: SimpleCommand = { t: 'simple', assigns: [], words: [], redirects: [] };
    for (;;) {
      const t = peek();
      if (t.k === 'word') {
        pos++;
        const a = cmd.words.length === 0 ? asAssignment(t.word) : null;
        if (a) cmd.assigns.push(a);
        else cmd.words.push(t.word);
      } else if (t.k === 'redir' || t.k === 'heredoc') {
        pos++;
        cmd.redirects.push(redirectOf(t));
      } else break;
    }
    if (cmd.words.length === 0 && cmd.assigns.length === 0 && cmd.redirects.length === 0) failAt(peek());
    return cmd;
  }

  function redirectOf(t: Extract<Token, { k: 'redir' | 'heredoc' }>): Redirect {
    if (t.k === 'heredoc') {
      const body: Word = t.quoted ? { parts: [{ t: 'lit', v: t.body, quoted: true }] } : tokenizeHeredocBody(t.body, parseScript);
      return { t: 'heredoc', fd: t.fd ?? 0, body, expand: !t.quoted };
    }
    const target = peek();
    if (target.k !== 'word') {
      if (target.k === 'eof') throw new ShellSyntaxError('newline');
      return failAt(target);
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
