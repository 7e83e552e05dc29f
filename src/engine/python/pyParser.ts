// Statements of the subset: imports, assignments, def with decorators, if/elif/else, for, while,
// try/except/finally, return, raise, global, pass/break/continue. `class`, `with`, `lambda` …
// are refused by name (PyUnsupported) rather than misread.
import { PyUnsupported, type Expr, type Handler, type Pos, type Stmt } from './pyAst';
import { ExprParser } from './pyExprParser';
import { tokenize, type Token } from './pyTokens';

type DistS<T> = T extends unknown ? Omit<T, keyof Pos> : never;

const UNSUPPORTED: Record<string, string> = {
  class: 'class',
  with: 'with',
  async: 'async',
  del: 'del',
  assert: 'assert',
  nonlocal: 'nonlocal',
  lambda: 'lambda',
  yield: 'yield',
};

const AUG = ['+=', '-=', '*=', '/=', '//=', '%='];

const BLOCK_NAMES: Record<string, string> = {
  def: 'function definition',
  if: "'if' statement",
  elif: "'elif' statement",
  else: "'else' statement",
  for: "'for' statement",
  while: "'while' statement",
  try: "'try' statement",
  except: "'except' statement",
  finally: "'finally' statement",
};

class StmtParser extends ExprParser {
  private depth = 0;

  /** The current token's kind, read afresh (TypeScript would keep a narrowed kind across next()). */
  private kind(): Token['kind'] {
    return this.tok.kind;
  }

  parseFile(): Stmt[] {
    const body: Stmt[] = [];
    while (this.tok.kind !== 'end') {
      if (this.tok.kind === 'indent') this.error({ kind: 'unexpected-indent', line: this.tok.line, col: this.tok.col });
      if (this.tok.kind === 'newline' || this.tok.kind === 'dedent') {
        this.next();
        continue;
      }
      body.push(...this.parseStatement());
    }
    if (this.tok.open) this.fail();
    return body;
  }

  private stmt<T extends DistS<Stmt>>(start: Token, body: T): Stmt {
    const prev = this.tokens[Math.max(0, this.i - 1)];
    return { line: start.line, col: start.col, endLine: prev.line, endCol: prev.endCol, ...body } as Stmt;
  }

  private parseStatement(): Stmt[] {
    const t = this.tok;
    if (this.isOp('@')) return [this.parseDecorated()];
    if (t.kind === 'name') {
      if (t.value in UNSUPPORTED) throw new PyUnsupported(UNSUPPORTED[t.value], t.line);
      if (t.value === 'def') return [this.parseDef([])];
      if (t.value === 'if') return [this.parseIf()];
      if (t.value === 'for') return [this.parseFor()];
      if (t.value === 'while') return [this.parseWhile()];
      if (t.value === 'try') return [this.parseTry()];
    }
    return this.parseSimpleLine();
  }

  private parseSimpleLine(): Stmt[] {
    const out = [this.parseSimple()];
    while (this.isOp(';')) {
      this.next();
      if (this.tok.kind === 'newline') break;
      out.push(this.parseSimple());
    }
    if (this.tok.kind !== 'newline' && this.tok.kind !== 'end') this.fail();
    if (this.tok.kind === 'newline') this.next();
    return out;
  }

  private parseSimple(): Stmt {
    const t = this.tok;
    if (t.kind === 'name') {
      switch (t.value) {
        case 'pass':
        case 'break':
        case 'continue':
          this.next();
          return this.stmt(t, { k: t.value });
        case 'return': {
          this.next();
          const value = this.tok.kind === 'newline' || this.isOp(';') ? undefined : this.parseTupleOrExpr();
          if (this.depth === 0) this.error({ kind: 'outside-function', line: t.line, col: t.col, endCol: value ? value.endCol : t.endCol, keyword: 'return' });
          return this.stmt(t, value ? { k: 'return', value } : { k: 'return' });
        }
        case 'raise': {
          this.next();
          const exc = this.tok.kind === 'newline' ? undefined : this.parseExpr();
          if (this.isKw('from')) throw new PyUnsupported('raise … from', t.line);
          return this.stmt(t, exc ? { k: 'raise', exc } : { k: 'raise' });
        }
        case 'global': {
          this.next();
          const names = [this.nameTok().value];
          while (this.isOp(',')) {
            this.next();
            names.push(this.nameTok().value);
          }
          return this.stmt(t, { k: 'global', names });
        }
        case 'import':
          return this.parseImport();
        case 'from':
          return this.parseFrom();
        case 'print': {
          const n = this.peek();
          if (n.kind === 'string' || n.kind === 'number' || (n.kind === 'name' && !['if', 'and', 'or', 'in', 'is', 'not', 'for'].includes(n.value))) {
            const lineText = this.text(t.line);
            const end = lineText.trimEnd().length;
            const rest = lineText.slice(n.col, end).trim();
            this.error({ kind: 'print-statement', line: t.line, col: t.col, endCol: end, rest, ...(this.peg ? {} : this.lastTokenOf(t.line)) });
          }
        }
      }
    }
    const first = this.parseTupleOrExpr();
    if (this.isOp('=')) {
      const targets = [first];
      let value: Expr = first;
      while (this.isOp('=')) {
        this.next();
        value = this.parseTupleOrExpr();
        targets.push(value);
      }
      targets.pop();
      for (const target of targets) this.checkTarget(target);
      return this.stmt(t, { k: 'assign', targets, value });
    }
    if (this.tok.kind === 'op' && AUG.includes(this.tok.value)) {
      const op = this.next().value.slice(0, -1);
      this.checkTarget(first);
      return this.stmt(t, { k: 'augassign', target: first, op, value: this.parseExpr() });
    }
    if (this.isOp(':')) throw new PyUnsupported('annotations', t.line);
    if (this.peg && this.startsExpr(this.tok) && this.tok.line === first.endLine) {
      // Two expressions side by side outside brackets: the PEG parser points at the second.
      this.fail();
    }
    return this.stmt(t, { k: 'expr', expr: first });
  }

  /** 3.6's caret for the print statement sits on the line's last token. */
  private lastTokenOf(line: number): { endCol: number } {
    let j = this.i;
    while (this.tokens[j + 1] && this.tokens[j + 1].line === line && this.tokens[j + 1].kind !== 'newline') j++;
    return { endCol: this.tokens[j].endCol };
  }

  private checkTarget(e: Expr): void {
    if (e.k === 'name' || e.k === 'attr' || e.k === 'sub') return;
    if (e.k === 'tuple' || e.k === 'list') return e.items.forEach((x) => this.checkTarget(x));
    this.error({ kind: 'invalid', line: e.line, col: e.col, endCol: e.endCol });
  }

  private parseTupleOrExpr(): Expr {
    const first = this.parseExpr();
    if (!this.isOp(',')) return first;
    const items = [first];
    while (this.isOp(',')) {
      this.next();
      if (this.tok.kind === 'newline' || this.isOp('=')) break;
      items.push(this.parseExpr());
    }
    const last = items[items.length - 1];
    return { k: 'tuple', items, line: first.line, col: first.col, endLine: last.endLine, endCol: last.endCol };
  }

  private nameTok(): Token {
    if (this.tok.kind !== 'name') this.fail();
    return this.next();
  }

  private dotted(): string {
    let name = this.nameTok().value;
    while (this.isOp('.')) {
      this.next();
      name += `.${this.nameTok().value}`;
    }
    return name;
  }

  private parseImport(): Stmt {
    const t = this.next();
    const names: { name: string; asname?: string }[] = [];
    do {
      if (names.length > 0) this.next();
      const name = this.dotted();
      names.push(this.isKw('as') ? (this.next(), { name, asname: this.nameTok().value }) : { name });
    } while (this.isOp(','));
    return this.stmt(t, { k: 'import', names });
  }

  private parseFrom(): Stmt {
    const t = this.next();
    if (this.isOp('.')) throw new PyUnsupported('relative imports', t.line);
    const module = this.dotted();
    if (!this.isKw('import')) this.fail();
    this.next();
    if (this.isOp('*')) throw new PyUnsupported('import *', t.line);
    const paren = this.isOp('(') ? (this.next(), true) : false;
    const names: { name: string; asname?: string }[] = [];
    do {
      if (names.length > 0) this.next();
      if (paren && this.isOp(')')) break;
      const name = this.nameTok().value;
      names.push(this.isKw('as') ? (this.next(), { name, asname: this.nameTok().value }) : { name });
    } while (this.isOp(','));
    if (paren) this.expectOp(')');
    return this.stmt(t, { k: 'from', module, names });
  }

  /** `:` NEWLINE INDENT statements DEDENT, or simple statements on the header's line. */
  private parseBlock(header: Token, what: string, inFunction = false): Stmt[] {
    if (!this.isOp(':')) {
      if (this.peg && this.kind() === 'newline') this.error({ kind: 'expected-colon', line: this.tok.line, col: this.tok.col });
      this.fail();
    }
    this.next();
    if (inFunction) this.depth++;
    try {
      if (this.kind() !== 'newline') return this.parseSimpleLine();
      this.next();
      if (this.kind() !== 'indent') {
        const t = this.tok;
        const info = { kind: 'expected-indent' as const, block: BLOCK_NAMES[what] ?? what, blockLine: header.line };
        if (t.kind === 'end' || t.kind === 'dedent') this.error({ ...info, line: t.line, col: 0, blockText: this.text(header.line) });
        this.error({ ...info, line: t.line, col: t.col, endCol: t.endCol });
      }
      this.next();
      const body: Stmt[] = [];
      while (this.kind() !== 'dedent' && this.kind() !== 'end') {
        if (this.kind() === 'indent') this.error({ kind: 'unexpected-indent', line: this.tok.line, col: this.tok.col });
        if (this.kind() === 'newline') {
          this.next();
          continue;
        }
        body.push(...this.parseStatement());
      }
      if (this.kind() === 'dedent') this.next();
      return body;
    } finally {
      if (inFunction) this.depth--;
    }
  }

  private parseDecorated(): Stmt {
    const decorators: Expr[] = [];
    while (this.isOp('@')) {
      this.next();
      decorators.push(this.parseExpr());
      if (this.tok.kind !== 'newline') this.fail();
      this.next();
    }
    if (this.isKw('class')) throw new PyUnsupported('class', this.tok.line);
    if (!this.isKw('def')) this.fail();
    return this.parseDef(decorators);
  }

  private parseDef(decorators: Expr[]): Stmt {
    const t = this.next();
    const name = this.nameTok().value;
    this.expectOp('(');
    const params: { name: string; dflt?: Expr }[] = [];
    while (!this.isOp(')')) {
      if (this.isOp('*') || this.isOp('**')) throw new PyUnsupported('*args and **kwargs', this.tok.line);
      const p = this.nameTok().value;
      if (this.isOp(':')) throw new PyUnsupported('annotations', this.tok.line);
      params.push(this.isOp('=') ? (this.next(), { name: p, dflt: this.parseExpr() }) : { name: p });
      if (!this.isOp(',')) break;
      this.next();
    }
    this.expectOp(')');
    if (this.isOp('->')) throw new PyUnsupported('annotations', this.tok.line);
    const body = this.parseBlock(t, 'def', true);
    return this.stmt(t, { k: 'def', name, params, body, decorators });
  }

  private condition(): Expr {
    const test = this.parseExpr();
    if (this.isOp('=') && this.peg) {
      this.next();
      const rhs = this.parseExpr();
      this.error({ kind: 'assign-in-condition', line: test.line, col: test.col, endCol: rhs.endCol });
    }
    return test;
  }

  private parseIf(): Stmt {
    const t = this.next();
    const test = this.condition();
    const body = this.parseBlock(t, t.value);
    let orelse: Stmt[] = [];
    if (this.isKw('elif')) orelse = [this.parseIf()];
    else if (this.isKw('else')) orelse = this.parseBlock(this.next(), 'else');
    return this.stmt(t, { k: 'if', test, body, orelse });
  }

  private parseFor(): Stmt {
    const t = this.next();
    const target = this.parseTargetList();
    if (!this.isKw('in')) this.fail();
    this.next();
    const iter = this.parseTupleOrExpr();
    const body = this.parseBlock(t, 'for');
    if (this.isKw('else')) throw new PyUnsupported('for … else', this.tok.line);
    return this.stmt(t, { k: 'for', target, iter, body });
  }

  private parseTargetList(): Expr {
    const first = this.nameExpr();
    if (!this.isOp(',')) return first;
    const items = [first];
    while (this.isOp(',')) {
      this.next();
      items.push(this.nameExpr());
    }
    const last = items[items.length - 1];
    return { k: 'tuple', items, line: first.line, col: first.col, endLine: last.endLine, endCol: last.endCol };
  }

  private nameExpr(): Expr {
    const n = this.nameTok();
    return { k: 'name', id: n.value, line: n.line, col: n.col, endLine: n.line, endCol: n.endCol };
  }

  private parseWhile(): Stmt {
    const t = this.next();
    const test = this.condition();
    const body = this.parseBlock(t, 'while');
    if (this.isKw('else')) throw new PyUnsupported('while … else', this.tok.line);
    return this.stmt(t, { k: 'while', test, body });
  }

  private parseTry(): Stmt {
    const t = this.next();
    const body = this.parseBlock(t, 'try');
    const handlers: Handler[] = [];
    while (this.isKw('except')) {
      const h = this.next();
      const type = this.isOp(':') ? undefined : this.parseExpr();
      const name = this.isKw('as') ? (this.next(), this.nameTok().value) : undefined;
      handlers.push({ ...(type ? { type } : {}), ...(name ? { name } : {}), body: this.parseBlock(h, 'except') });
    }
    const orelse = this.isKw('else') ? this.parseBlock(this.next(), 'else') : [];
    const finalbody = this.isKw('finally') ? this.parseBlock(this.next(), 'finally') : [];
    if (handlers.length === 0 && finalbody.length === 0) this.fail();
    return this.stmt(t, { k: 'try', body, handlers, orelse, finalbody });
  }
}

/** Parse a module. Throws PySyntaxError (in the era's wording) or PyUnsupported. */
export function parseModule(source: string, peg: boolean): Stmt[] {
  const lines = source.split('\n').map((l) => l.replace(/\r$/, ''));
  return new StmtParser(tokenize(source), lines, peg).parseFile();
}
