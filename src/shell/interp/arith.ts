// $(( … )): integer arithmetic as POSIX shells do it. Names stand for their values (unset or
// empty is 0); operators by C precedence: unary + - ! ~, ** * / %, + -, << >>, < <= > >=, == !=,
// & ^ |, && ||, and ?:. Results wrap like bash's 64-bit integers would only far beyond our use.

export class ArithError {
  constructor(readonly message: string) {}
}

type Tok = { k: 'num'; v: number } | { k: 'name'; v: string } | { k: 'op'; v: string };

const OPS = ['**', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '+', '-', '*', '/', '%', '<', '>', '!', '~', '&', '^', '|', '(', ')', '?', ':'];

function lex(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const num = /^(0x[0-9a-fA-F]+|\d+)/.exec(src.slice(i));
    if (num) {
      out.push({ k: 'num', v: num[1].startsWith('0x') ? parseInt(num[1], 16) : num[1].length > 1 && num[1].startsWith('0') ? parseInt(num[1], 8) : Number(num[1]) });
      i += num[1].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (name) {
      out.push({ k: 'name', v: name[0] });
      i += name[0].length;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new ArithError(`${src.slice(i)}: syntax error: invalid arithmetic operator (error token is "${src.slice(i)}")`);
    out.push({ k: 'op', v: op });
    i += op.length;
  }
  return out;
}

const BINARY: Record<string, [number, (a: number, b: number) => number]> = {
  '||': [1, (a, b) => (a || b ? 1 : 0)],
  '&&': [2, (a, b) => (a && b ? 1 : 0)],
  '|': [3, (a, b) => a | b],
  '^': [4, (a, b) => a ^ b],
  '&': [5, (a, b) => a & b],
  '==': [6, (a, b) => (a === b ? 1 : 0)],
  '!=': [6, (a, b) => (a !== b ? 1 : 0)],
  '<': [7, (a, b) => (a < b ? 1 : 0)],
  '<=': [7, (a, b) => (a <= b ? 1 : 0)],
  '>': [7, (a, b) => (a > b ? 1 : 0)],
  '>=': [7, (a, b) => (a >= b ? 1 : 0)],
  '<<': [8, (a, b) => a << b],
  '>>': [8, (a, b) => a >> b],
  '+': [9, (a, b) => a + b],
  '-': [9, (a, b) => a - b],
  '*': [10, (a, b) => a * b],
  '/': [10, (a, b) => Math.trunc(a / b)],
  '%': [10, (a, b) => a % b],
  '**': [11, (a, b) => a ** b],
};

/** Evaluates `expr` (its $-expansions already done); `value` gives a variable's text. */
export function evalArith(expr: string, value: (name: string) => string): number {
  const toks = lex(expr);
  let pos = 0;
  const peekOp = (): string | undefined => (toks[pos]?.k === 'op' ? (toks[pos] as { v: string }).v : undefined);

  const variable = (name: string, depth: number): number => {
    const text = value(name).trim();
    if (text === '') return 0;
    if (/^-?\d+$/.test(text)) return Number(text);
    if (depth > 8) return 0;
    return evalArith(text, value);
  };

  const primary = (): number => {
    const t = toks[pos++];
    if (!t) throw new ArithError(`${expr}: syntax error: operand expected (error token is "${expr}")`);
    if (t.k === 'num') return t.v;
    if (t.k === 'name') return variable(t.v, 0);
    if (t.v === '(') {
      const v = ternary();
      if (peekOp() !== ')') throw new ArithError(`${expr}: syntax error: missing \`)'`);
      pos++;
      return v;
    }
    if (t.v === '-') return -primary();
    if (t.v === '+') return primary();
    if (t.v === '!') return primary() ? 0 : 1;
    if (t.v === '~') return ~primary();
    throw new ArithError(`${expr}: syntax error: operand expected (error token is "${t.v}")`);
  };

  const binary = (minPrec: number): number => {
    let left = primary();
    for (let op = peekOp(); op && BINARY[op] && BINARY[op][0] >= minPrec; op = peekOp()) {
      const [prec, fn] = BINARY[op];
      pos++;
      // ** groups to the right; the rest to the left.
      const right = binary(op === '**' ? prec : prec + 1);
      if ((op === '/' || op === '%') && right === 0) throw new ArithError(`${expr}: division by 0 (error token is "${expr.trim().split(/[/%]/).pop()?.trim() ?? ''}")`);
      left = fn(left, right);
    }
    return left;
  };

  const ternary = (): number => {
    const cond = binary(1);
    if (peekOp() !== '?') return cond;
    pos++;
    const a = ternary();
    if (peekOp() !== ':') throw new ArithError(`${expr}: syntax error: \`:' expected for conditional expression`);
    pos++;
    const b = ternary();
    return cond ? a : b;
  };

  if (toks.length === 0) return 0;
  const v = ternary();
  if (pos < toks.length) {
    const rest = toks.slice(pos).map((t) => String(t.v)).join(' ');
    throw new ArithError(`${expr}: syntax error in expression (error token is "${rest}")`);
  }
  return v;
}
