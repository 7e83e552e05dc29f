// A recursive-descent parser for the subset in jsAst.ts, with V8's syntax error wording for the
// mistakes students make (a missing `)`, an unexpected token, an unfinished file). Anything
// outside the subset (classes, loops, async, destructuring beyond `{ a, b } = …`) becomes
// JsUnsupported naming the construct, never a guess.
import { JsSyntaxError, JsUnsupported, type Expr, type Loc, type Stmt } from './jsAst';
import { tokenize, type Tok } from './jsTokens';

const UNSUPPORTED: Record<string, string> = {
  class: "'class' declarations",
  for: "'for' loops",
  while: "'while' loops",
  do: "'do' loops",
  switch: "'switch' statements",
  try: "'try' statements",
  throw: "'throw' statements",
  async: "'async' functions",
  await: "'await' expressions",
  import: "'import' declarations",
  export: "'export' declarations",
};

const BINARY: string[][] = [['===', '!==', '==', '!='], ['<', '>', '<=', '>='], ['+', '-'], ['*', '/', '%']];

export class Parser {
  private toks: Tok[];
  private i = 0;

  constructor(
    src: string,
    /** Node's V8 names the bad token (`Unexpected token '}'`) since 12; V8 in Node 10 did not quote it. */
    private readonly quoteTokens: boolean,
  ) {
    this.toks = tokenize(src);
  }

  private get tok(): Tok {
    return this.toks[this.i];
  }
  private loc(t: Tok = this.tok): Loc {
    return { line: t.line, col: t.col };
  }
  private is(value: string, kind: Tok['kind'] = 'punct'): boolean {
    return this.tok.kind === kind && this.tok.value === value;
  }
  private next(): Tok {
    return this.toks[this.i++];
  }

  unexpected(t: Tok = this.tok): never {
    if (t.kind === 'eof') throw new JsSyntaxError('Unexpected end of input', t.line, t.col);
    if (t.kind === 'str' || t.kind === 'template') throw new JsSyntaxError('Unexpected string', t.line, t.col, t.len);
    if (t.kind === 'num') throw new JsSyntaxError('Unexpected number', t.line, t.col, t.len);
    if (t.kind === 'name' && !['true', 'false', 'null', 'this'].includes(t.value)) {
      throw new JsSyntaxError(this.quoteTokens ? `Unexpected identifier '${t.value}'` : 'Unexpected identifier', t.line, t.col, t.len);
    }
    throw new JsSyntaxError(this.quoteTokens ? `Unexpected token '${t.value}'` : `Unexpected token ${t.value}`, t.line, t.col, t.len);
  }

  private expect(value: string): Tok {
    if (!this.is(value)) this.unexpected();
    return this.next();
  }

  /** `;` or a line break before the next token, or `}` / end (automatic semicolon insertion). */
  private semicolon(): void {
    if (this.is(';')) this.next();
    else if (!(this.tok.nl || this.is('}') || this.tok.kind === 'eof')) this.unexpected();
  }

  parseProgram(): Stmt[] {
    const body: Stmt[] = [];
    while (this.tok.kind !== 'eof') body.push(this.statement());
    return body;
  }

  private statement(): Stmt {
    const t = this.tok;
    const loc = this.loc();
    if (t.kind === 'name' && UNSUPPORTED[t.value]) {
      throw new JsUnsupported(UNSUPPORTED[t.value], t.line);
    }
    if (this.is(';')) {
      this.next();
      return { t: 'empty', ...loc };
    }
    if (this.is('{')) return { t: 'block', body: this.block(), ...loc };
    if (t.kind === 'name' && (t.value === 'const' || t.value === 'let' || t.value === 'var')) return this.declaration();
    if (this.is('function', 'name')) {
      const func = this.functionExpr();
      if (func.t !== 'func' || !func.name) this.unexpected();
      return { t: 'function', name: (func as { name: string }).name, func, ...loc };
    }
    if (this.is('return', 'name')) {
      this.next();
      const arg = this.is(';') || this.is('}') || this.tok.nl || this.tok.kind === 'eof' ? undefined : this.expression();
      this.semicolon();
      return { t: 'return', arg, ...loc };
    }
    if (this.is('if', 'name')) {
      this.next();
      this.expect('(');
      const test = this.expression();
      this.closeParen();
      const then = this.branch();
      let otherwise: Stmt[] | undefined;
      if (this.is('else', 'name')) {
        this.next();
        otherwise = this.branch();
      }
      return { t: 'if', test, then, else: otherwise, ...loc };
    }
    const expr = this.expression();
    this.semicolon();
    return { t: 'expr', expr, ...loc };
  }

  private branch(): Stmt[] {
    return this.is('{') ? this.block() : [this.statement()];
  }

  private block(): Stmt[] {
    this.expect('{');
    const body: Stmt[] = [];
    while (!this.is('}')) {
      if (this.tok.kind === 'eof') this.unexpected();
      body.push(this.statement());
    }
    this.next();
    return body;
  }

  private declaration(): Stmt {
    const loc = this.loc();
    const kind = this.next().value as 'const' | 'let' | 'var';
    const decls: { name: string; init?: Expr; pattern?: string[] }[] = [];
    do {
      if (decls.length > 0) this.next();
      if (this.is('{')) {
        // `const { a, b } = require('x')`: the one destructuring students copy.
        this.next();
        const names: string[] = [];
        while (!this.is('}')) {
          if (this.tok.kind !== 'name') throw new JsUnsupported('this destructuring pattern', this.tok.line);
          names.push(this.next().value);
          if (this.is(',')) this.next();
          else if (!this.is('}')) throw new JsUnsupported('this destructuring pattern', this.tok.line);
        }
        this.next();
        this.expect('=');
        decls.push({ name: '', pattern: names, init: this.assignment() });
        continue;
      }
      if (this.is('[')) throw new JsUnsupported('array destructuring', this.tok.line);
      if (this.tok.kind !== 'name') this.unexpected();
      const name = this.next().value;
      let init: Expr | undefined;
      if (this.is('=')) {
        this.next();
        init = this.assignment();
      } else if (kind === 'const') {
        throw new JsSyntaxError('Missing initializer in const declaration', this.tok.line, this.tok.col);
      }
      decls.push({ name, init });
    } while (this.is(','));
    this.semicolon();
    return { t: 'decl', kind, decls, ...loc };
  }

  /** A `)` that closes an argument list: V8 names the case when something else stands there. */
  private closeParen(args = false): void {
    if (this.is(')')) {
      this.next();
      return;
    }
    if (args && this.tok.kind !== 'eof' && !this.is('}') && !this.is(']')) {
      throw new JsSyntaxError('missing ) after argument list', this.tok.line, this.tok.col, this.tok.len);
    }
    this.unexpected();
  }

  expression(): Expr {
    return this.assignment();
  }

  private assignment(): Expr {
    const arrow = this.tryArrow();
    if (arrow) return arrow;
    const left = this.conditional();
    if (this.tok.kind === 'punct' && ['=', '+=', '-=', '*=', '/='].includes(this.tok.value)) {
      if (left.t !== 'name' && left.t !== 'member' && left.t !== 'index') {
        throw new JsSyntaxError('Invalid left-hand side in assignment', left.line, left.col);
      }
      const op = this.next().value;
      return { t: 'assign', op, target: left, value: this.assignment(), line: left.line, col: left.col };
    }
    return left;
  }

  /** `x => …`, `(a, b) => …`, `() => …` when the tokens ahead make one. */
  private tryArrow(): Expr | undefined {
    const t = this.tok;
    if (t.kind === 'name' && this.toks[this.i + 1]?.value === '=>') {
      this.i += 2;
      return this.arrowBody([t.value], t);
    }
    if (t.kind === 'name' && t.value === 'async') throw new JsUnsupported(UNSUPPORTED.async, t.line);
    if (!this.is('(')) return undefined;
    let j = this.i + 1;
    const params: string[] = [];
    while (this.toks[j]?.kind === 'name') {
      params.push(this.toks[j].value);
      j++;
      if (this.toks[j]?.value === ',') j++;
      else break;
    }
    if (this.toks[j]?.value !== ')' || this.toks[j + 1]?.value !== '=>') return undefined;
    this.i = j + 2;
    return this.arrowBody(params, t);
  }

  private arrowBody(params: string[], start: Tok): Expr {
    const body = this.is('{') ? this.block() : this.assignment();
    return { t: 'func', name: '', params, body, arrow: true, ...this.loc(start) };
  }

  private functionExpr(): Expr {
    const start = this.next();
    const name = this.tok.kind === 'name' ? this.next().value : '';
    this.expect('(');
    const params: string[] = [];
    while (!this.is(')')) {
      if (this.tok.kind !== 'name') this.unexpected();
      params.push(this.next().value);
      if (this.is(',')) this.next();
      else if (!this.is(')')) this.unexpected();
    }
    this.next();
    return { t: 'func', name, params, body: this.block(), arrow: false, ...this.loc(start) };
  }

  private conditional(): Expr {
    const test = this.logical(0);
    if (!this.is('?')) return test;
    this.next();
    const then = this.assignment();
    this.expect(':');
    return { t: 'cond', test, then, else: this.assignment(), line: test.line, col: test.col };
  }

  private logical(level: number): Expr {
    const ops = [['??'], ['||'], ['&&']][level];
    const sub = () => (level < 2 ? this.logical(level + 1) : this.binary(0));
    let left = sub();
    while (this.tok.kind === 'punct' && ops.includes(this.tok.value)) {
      const op = this.next().value as '&&' | '||' | '??';
      left = { t: 'logical', op, left, right: sub(), line: left.line, col: left.col };
    }
    return left;
  }

  private binary(level: number): Expr {
    if (level >= BINARY.length) return this.unary();
    let left = this.binary(level + 1);
    while (this.tok.kind === 'punct' && BINARY[level].includes(this.tok.value)) {
      const op = this.next().value;
      left = { t: 'binary', op, left, right: this.binary(level + 1), line: left.line, col: left.col };
    }
    return left;
  }

  private unary(): Expr {
    const t = this.tok;
    if (t.kind === 'punct' && ['!', '-', '+'].includes(t.value)) {
      this.next();
      return { t: 'unary', op: t.value, arg: this.unary(), ...this.loc(t) };
    }
    if (t.kind === 'name' && (t.value === 'typeof' || t.value === 'void' || t.value === 'delete')) {
      this.next();
      return { t: 'unary', op: t.value, arg: this.unary(), ...this.loc(t) };
    }
    if (t.kind === 'punct' && (t.value === '++' || t.value === '--')) {
      this.next();
      return { t: 'update', op: t.value, prefix: true, target: this.unary(), ...this.loc(t) };
    }
    const e = this.postfix();
    if (this.tok.kind === 'punct' && (this.tok.value === '++' || this.tok.value === '--') && !this.tok.nl) {
      const op = this.next().value as '++' | '--';
      return { t: 'update', op, prefix: false, target: e, line: e.line, col: e.col };
    }
    return e;
  }

  private postfix(): Expr {
    let e = this.primary();
    for (;;) {
      if (this.is('.') || this.is('?.')) {
        const optional = this.next().value === '?.';
        const name = this.tok;
        if (name.kind !== 'name') this.unexpected();
        this.next();
        e = { t: 'member', obj: e, prop: name.value, optional, ...this.loc(name) };
      } else if (this.is('[')) {
        const open = this.next();
        const index = this.expression();
        this.expect(']');
        e = { t: 'index', obj: e, index, ...this.loc(open) };
      } else if (this.is('(')) {
        this.next();
        const args = this.args();
        // V8 places a call's position at the callee's last name (`app.gett(` → at `gett`).
        e = { t: 'call', callee: e, args, line: e.line, col: e.col };
      } else if (this.tok.kind === 'template' && !this.tok.nl) {
        throw new JsUnsupported('tagged templates', this.tok.line);
      } else return e;
    }
  }

  private args(): Expr[] {
    const args: Expr[] = [];
    while (!this.is(')')) {
      if (this.is('...')) throw new JsUnsupported('spread arguments', this.tok.line);
      args.push(this.assignment());
      if (this.is(',')) this.next();
      else {
        this.closeParen(true);
        return args;
      }
    }
    this.next();
    return args;
  }

  private primary(): Expr {
    const t = this.tok;
    const loc = this.loc();
    if (t.kind === 'num') {
      this.next();
      return { t: 'num', v: Number(t.value), ...loc };
    }
    if (t.kind === 'str') {
      this.next();
      return { t: 'str', v: t.value, ...loc };
    }
    if (t.kind === 'template') {
      this.next();
      const exprs = t.parts!.exprs.map((p) => {
        const sub = new Parser(p.src, this.quoteTokens);
        const e = sub.expression();
        if (sub.tok.kind !== 'eof') sub.unexpected();
        return e;
      });
      return { t: 'template', strs: t.parts!.strs, exprs, ...loc };
    }
    if (t.kind === 'name') {
      if (UNSUPPORTED[t.value]) throw new JsUnsupported(UNSUPPORTED[t.value], t.line);
      if (t.value === 'function') return this.functionExpr();
      if (t.value === 'new') {
        this.next();
        const callee = this.primary();
        let args: Expr[] = [];
        if (this.is('(')) {
          this.next();
          args = this.args();
        }
        return { t: 'new', callee, args, ...loc };
      }
      this.next();
      if (t.value === 'true' || t.value === 'false') return { t: 'lit', v: t.value === 'true', ...loc };
      if (t.value === 'null') return { t: 'lit', v: null, ...loc };
      if (t.value === 'undefined') return { t: 'lit', v: undefined, ...loc };
      if (t.value === 'this') throw new JsUnsupported("'this'", t.line);
      return { t: 'name', name: t.value, ...loc };
    }
    if (this.is('(')) {
      this.next();
      const e = this.expression();
      this.expect(')');
      return e;
    }
    if (this.is('[')) {
      this.next();
      const items: Expr[] = [];
      while (!this.is(']')) {
        items.push(this.assignment());
        if (this.is(',')) this.next();
        else if (!this.is(']')) this.unexpected();
      }
      this.next();
      return { t: 'array', items, ...loc };
    }
    if (this.is('{')) return this.objectLiteral();
    return this.unexpected();
  }

  private objectLiteral(): Expr {
    const loc = this.loc();
    this.next();
    const props: { key: string; value: Expr }[] = [];
    while (!this.is('}')) {
      const k = this.tok;
      if (k.kind !== 'name' && k.kind !== 'str' && k.kind !== 'num') {
        if (this.is('...')) throw new JsUnsupported('object spread', k.line);
        this.unexpected();
      }
      this.next();
      if (this.is(':')) {
        this.next();
        props.push({ key: k.value, value: this.assignment() });
      } else if (k.kind === 'name' && (this.is(',') || this.is('}'))) {
        props.push({ key: k.value, value: { t: 'name', name: k.value, line: k.line, col: k.col } });
      } else throw new JsUnsupported('methods in object literals', k.line);
      if (this.is(',')) this.next();
      else if (!this.is('}')) this.unexpected();
    }
    this.next();
    return { t: 'object', props, ...loc };
  }
}

export function parseProgram(src: string, quoteTokens: boolean): Stmt[] {
  return new Parser(src, quoteTokens).parseProgram();
}
