// Expressions of the subset by precedence climbing, over the token list. Syntax errors are
// raised in the era's wording (the parser is told whether it plays 3.6's LL(1) parser or the
// PEG parser of 3.10+), unsupported constructs with PyUnsupported.
import { PyUnsupported, type Expr, type FPart, type Pos } from './pyAst';
import { PySyntaxError, type SyntaxInfo } from './pySyntaxError';
import { tokenize, type Token } from './pyTokens';

export const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
  'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
  'while', 'with', 'yield',
]);

const CMP_OPS = ['==', '!=', '<', '>', '<=', '>='];
const BIN_LEVELS: string[][] = [['|'], ['^'], ['&'], ['<<', '>>'], ['+', '-'], ['*', '/', '//', '%', '@']];

type Dist<T> = T extends unknown ? Omit<T, keyof Pos> : never;

export class ExprParser {
  protected i = 0;

  constructor(
    protected readonly tokens: Token[],
    protected readonly lines: string[],
    protected readonly peg: boolean,
  ) {}

  protected get tok(): Token {
    return this.tokens[this.i];
  }

  protected peek(n = 1): Token {
    return this.tokens[Math.min(this.i + n, this.tokens.length - 1)];
  }

  protected isOp(v: string, t: Token = this.tok): boolean {
    return t.kind === 'op' && t.value === v;
  }

  protected isKw(v: string, t: Token = this.tok): boolean {
    return t.kind === 'name' && t.value === v;
  }

  protected next(): Token {
    const t = this.tok;
    if (this.i < this.tokens.length - 1) this.i++;
    return t;
  }

  protected expectOp(v: string): Token {
    if (!this.isOp(v)) this.fail();
    return this.next();
  }

  protected text(line: number): string {
    return this.lines[line - 1] ?? '';
  }

  protected error(info: Omit<SyntaxInfo, 'text' | 'lineCount' | 'lastLineLength'> & { text?: string }): never {
    const lastLine = this.lines.length > 0 && this.lines[this.lines.length - 1] === '' ? this.lines.length - 1 : this.lines.length;
    throw new PySyntaxError({ text: this.text(info.line), lineCount: lastLine, lastLineLength: (this.lines[lastLine - 1] ?? '').length, ...info });
  }

  /** "invalid syntax" at this token, or what the era says instead (an unclosed bracket, EOF). */
  protected fail(t: Token = this.tok): never {
    if (t.open && (t.kind === 'end' || t.open.line < t.line)) {
      if (this.peg) this.error({ kind: 'never-closed', line: t.open.line, col: t.open.col, bracket: t.open.ch });
      if (t.kind === 'end') this.error({ kind: 'unexpected-eof', line: t.line, col: 0 });
    }
    if (t.kind === 'end' || t.kind === 'dedent') this.error({ kind: 'unexpected-eof', line: t.line, col: 0 });
    this.error({ kind: 'invalid', line: t.line, col: t.col, endCol: t.endCol, atNewline: t.kind === 'newline' });
  }

  protected node<T extends Dist<Expr>>(start: Token | Pos, end: Token | Pos, body: T): Expr {
    const s = 'kind' in start ? { line: start.line, col: start.col } : { line: start.line, col: start.col };
    const e = 'kind' in end ? { endLine: end.line, endCol: end.endCol } : { endLine: end.endLine, endCol: end.endCol };
    return { ...s, ...e, ...body } as Expr;
  }

  /** Does this token begin an expression (for "Perhaps you forgot a comma?"). */
  protected startsExpr(t: Token): boolean {
    if (t.kind === 'number' || t.kind === 'string') return true;
    if (t.kind === 'name') return !KEYWORDS.has(t.value) || ['None', 'True', 'False', 'not', 'lambda'].includes(t.value);
    return t.kind === 'op' && ['(', '[', '{', '-', '+', '~'].includes(t.value);
  }

  parseExpr(): Expr {
    if (this.isKw('lambda')) throw new PyUnsupported('lambda', this.tok.line);
    if (this.isKw('yield')) throw new PyUnsupported('yield', this.tok.line);
    if (this.isKw('await')) throw new PyUnsupported('await', this.tok.line);
    const body = this.parseOr();
    if (this.isKw('if')) {
      this.next();
      const test = this.parseOr();
      if (!this.isKw('else')) this.fail();
      this.next();
      const orelse = this.parseExpr();
      return this.node(body, orelse, { k: 'ifexp', test, body, orelse });
    }
    return body;
  }

  /** An expression inside brackets: two side by side is the PEG parser's "forgot a comma". */
  protected parseItem(): Expr {
    const e = this.parseExpr();
    if (this.peg && this.tok.open && this.tok.open.line === this.tok.line && this.startsExpr(this.tok) && !(e.k === 'name' && this.tok.kind === 'string')) {
      const save = this.i;
      try {
        const b = this.parseOr();
        this.error({ kind: 'forgot-comma', line: e.line, col: e.col, endCol: b.endLine === e.line ? b.endCol : e.endCol });
      } catch (err) {
        if (err instanceof PySyntaxError && err.info.kind === 'forgot-comma') throw err;
        this.i = save;
      }
    }
    if (this.isKw('for')) throw new PyUnsupported('comprehensions', this.tok.line);
    return e;
  }

  private parseOr(): Expr {
    let left = this.parseAnd();
    while (this.isKw('or')) {
      this.next();
      const right = this.parseAnd();
      left = this.node(left, right, { k: 'bool', op: 'or', left, right });
    }
    return left;
  }

  private parseAnd(): Expr {
    let left = this.parseNot();
    while (this.isKw('and')) {
      this.next();
      const right = this.parseNot();
      left = this.node(left, right, { k: 'bool', op: 'and', left, right });
    }
    return left;
  }

  private parseNot(): Expr {
    if (this.isKw('not')) {
      const t = this.next();
      const operand = this.parseNot();
      return this.node(t, operand, { k: 'unary', op: 'not', operand });
    }
    return this.parseComparison();
  }

  private parseComparison(): Expr {
    const first = this.parseBinary(0);
    const ops: string[] = [];
    const operands = [first];
    for (;;) {
      let op: string | undefined;
      if (this.tok.kind === 'op' && CMP_OPS.includes(this.tok.value)) op = this.next().value;
      else if (this.isKw('in')) op = (this.next(), 'in');
      else if (this.isKw('not') && this.isKw('in', this.peek())) op = (this.next(), this.next(), 'not in');
      else if (this.isKw('is')) {
        this.next();
        op = this.isKw('not') ? (this.next(), 'is not') : 'is';
      }
      if (!op) break;
      ops.push(op);
      operands.push(this.parseBinary(0));
    }
    if (ops.length === 0) return first;
    return this.node(first, operands[operands.length - 1], { k: 'cmp', ops, operands });
  }

  private parseBinary(level: number): Expr {
    if (level >= BIN_LEVELS.length) return this.parseUnary();
    let left = this.parseBinary(level + 1);
    while (this.tok.kind === 'op' && BIN_LEVELS[level].includes(this.tok.value)) {
      const opTok = this.next();
      const right = this.parseBinary(level + 1);
      left = this.node(left, right, { k: 'bin', op: opTok.value, left, right, opCol: opTok.col });
    }
    return left;
  }

  private parseUnary(): Expr {
    if (this.tok.kind === 'op' && ['-', '+', '~'].includes(this.tok.value)) {
      const t = this.next();
      const operand = this.parseUnary();
      return this.node(t, operand, { k: 'unary', op: t.value, operand });
    }
    const base = this.parsePrimary();
    if (this.isOp('**')) {
      const opTok = this.next();
      const right = this.parseUnary();
      return this.node(base, right, { k: 'bin', op: '**', left: base, right, opCol: opTok.col });
    }
    return base;
  }

  private parsePrimary(): Expr {
    let e = this.parseAtom();
    for (;;) {
      if (this.isOp('.')) {
        this.next();
        if (this.tok.kind !== 'name') this.fail();
        const name = this.next();
        e = this.node(e, name, { k: 'attr', obj: e, name: name.value });
      } else if (this.isOp('(')) {
        this.next();
        const args: Expr[] = [];
        const kwargs: { name: string; value: Expr }[] = [];
        while (!this.isOp(')')) {
          if (this.isOp('*') || this.isOp('**')) throw new PyUnsupported('*args and **kwargs', this.tok.line);
          if (this.tok.kind === 'name' && this.isOp('=', this.peek())) {
            const name = this.next().value;
            this.next();
            kwargs.push({ name, value: this.parseItem() });
          } else {
            args.push(this.parseItem());
          }
          if (!this.isOp(',')) break;
          this.next();
        }
        const close = this.expectOp(')');
        e = this.node(e, close, { k: 'call', fn: e, args, kwargs });
      } else if (this.isOp('[')) {
        this.next();
        if (this.isOp(':')) throw new PyUnsupported('slices', this.tok.line);
        const index = this.parseExpr();
        if (this.isOp(':')) throw new PyUnsupported('slices', this.tok.line);
        const close = this.expectOp(']');
        e = this.node(e, close, { k: 'sub', obj: e, index });
      } else {
        return e;
      }
    }
  }

  private parseAtom(): Expr {
    const t = this.tok;
    if (t.kind === 'number') {
      this.next();
      const clean = t.value.replace(/_/g, '');
      if (/j$/.test(clean)) throw new PyUnsupported('complex numbers', t.line);
      const float = /[.eE]/.test(clean) && !/^0[xob]/i.test(clean);
      return this.node(t, t, { k: 'const', value: float ? parseFloat(clean) : Number(clean), float });
    }
    if (t.kind === 'string') return this.parseStrings();
    if (t.kind === 'name') {
      if (t.value === 'True' || t.value === 'False' || t.value === 'None') {
        this.next();
        return this.node(t, t, { k: 'const', value: t.value === 'None' ? null : t.value === 'True' });
      }
      if (KEYWORDS.has(t.value)) this.fail();
      this.next();
      return this.node(t, t, { k: 'name', id: t.value });
    }
    if (this.isOp('(')) {
      this.next();
      if (this.isOp(')')) return this.node(t, this.next(), { k: 'tuple', items: [] });
      const first = this.parseItem();
      if (this.isOp(')')) {
        const close = this.next();
        return { ...first, line: t.line, col: t.col, endLine: close.line, endCol: close.endCol };
      }
      const items = [first];
      while (this.isOp(',')) {
        this.next();
        if (this.isOp(')')) break;
        items.push(this.parseItem());
      }
      return this.node(t, this.expectOp(')'), { k: 'tuple', items });
    }
    if (this.isOp('[')) {
      this.next();
      const items: Expr[] = [];
      while (!this.isOp(']')) {
        items.push(this.parseItem());
        if (!this.isOp(',')) break;
        this.next();
      }
      return this.node(t, this.expectOp(']'), { k: 'list', items });
    }
    if (this.isOp('{')) {
      this.next();
      const keys: Expr[] = [];
      const values: Expr[] = [];
      while (!this.isOp('}')) {
        keys.push(this.parseItem());
        if (!this.isOp(':')) {
          if (this.isOp(',') || this.isOp('}')) throw new PyUnsupported('sets', t.line);
          this.fail();
        }
        this.next();
        values.push(this.parseItem());
        if (!this.isOp(',')) break;
        this.next();
      }
      return this.node(t, this.expectOp('}'), { k: 'dict', keys, values });
    }
    return this.fail();
  }

  /** Adjacent literals join: `"a" "b"`, also across lines inside brackets or after `\`. */
  private parseStrings(): Expr {
    const first = this.tok;
    let last = first;
    const parts: FPart[] = [];
    let isF = false;
    while (this.tok.kind === 'string') {
      last = this.next();
      if (last.prefix?.includes('b')) throw new PyUnsupported('bytes literals', last.line);
      if (last.prefix?.includes('f')) {
        isF = true;
        parts.push(...this.fstringParts(last));
      } else {
        parts.push(last.value);
      }
    }
    if (!isF) return this.node(first, last, { k: 'const', value: parts.join('') });
    return this.node(first, last, { k: 'fstr', parts });
  }

  private fstringParts(t: Token): FPart[] {
    const raw = t.value;
    const out: FPart[] = [];
    let lit = '';
    let i = 0;
    const unesc = (s: string) => (t.prefix?.includes('r') ? s : s.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\(['"\\])/g, '$1'));
    while (i < raw.length) {
      const c = raw[i];
      if (c === '{' && raw[i + 1] === '{') {
        lit += '{';
        i += 2;
      } else if (c === '}' && raw[i + 1] === '}') {
        lit += '}';
        i += 2;
      } else if (c === '{') {
        let depth = 1;
        let j = i + 1;
        while (j < raw.length && depth > 0) {
          if ('{[('.includes(raw[j])) depth++;
          else if ('}])'.includes(raw[j])) depth--;
          if (depth > 0) j++;
        }
        const inner = raw.slice(i + 1, j);
        const m = /^([\s\S]*?)(?:!([rsa]))?(?::([^'"]*))?$/.exec(inner)!;
        if (lit) out.push(unesc(lit));
        lit = '';
        out.push({ expr: this.subExpr(m[1], t), ...(m[2] ? { conv: m[2] } : {}), ...(m[3] !== undefined ? { spec: m[3] } : {}) });
        i = j + 1;
      } else {
        lit += c;
        i++;
      }
    }
    if (lit) out.push(unesc(lit));
    return out;
  }

  /** An f-string's `{…}` part, parsed on its own; positions point at the string. */
  private subExpr(src: string, at: Token): Expr {
    const toks = tokenize(src.trim()).map((x) => ({ ...x, line: at.line, col: at.col, endCol: at.endCol }));
    const sub = new ExprParser(toks, this.lines, this.peg);
    return sub.parseExpr();
  }
}
