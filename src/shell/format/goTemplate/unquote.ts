// strconv.Unquote for template string, raw string and character literals.
export class SyntaxErr {
  constructor(readonly message: string) {}
}

const SIMPLE: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"' };

/** Decodes the escapes of a Go interpreted literal body; quote is the enclosing quote. */
function unescape(body: string, quote: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      if (c === quote) throw new SyntaxErr('invalid syntax');
      out += c;
      continue;
    }
    const e = body[++i];
    if (e === undefined) throw new SyntaxErr('invalid syntax');
    if (e in SIMPLE) {
      if ((e === "'" || e === '"') && e !== quote) throw new SyntaxErr('invalid syntax');
      out += SIMPLE[e];
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = body.slice(i + 1, i + 1 + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) throw new SyntaxErr('invalid syntax');
      const v = parseInt(hex, 16);
      if (v > 0x10ffff || (e !== 'x' && v >= 0xd800 && v <= 0xdfff)) throw new SyntaxErr('invalid syntax');
      // \x escapes are raw bytes in Go; bytes above 0x7f are not valid UTF-8 alone.
      out += e === 'x' && v > 0x7f ? '\ufffd' : String.fromCodePoint(v);
      i += n;
    } else if (e >= '0' && e <= '7') {
      const oct = body.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255) throw new SyntaxErr('invalid syntax');
      const v = parseInt(oct, 8);
      out += v > 0x7f ? '\ufffd' : String.fromCharCode(v);
      i += 2;
    } else throw new SyntaxErr('invalid syntax');
  }
  return out;
}

export function unquote(lit: string): string {
  const q = lit[0];
  if (lit.length < 2 || lit[lit.length - 1] !== q) throw new SyntaxErr('invalid syntax');
  const body = lit.slice(1, -1);
  if (q === '`') {
    if (body.includes('`')) throw new SyntaxErr('invalid syntax');
    return body.replace(/\r/g, '');
  }
  if (q === '"') return unescape(body, '"');
  if (q === "'") {
    const s = unescape(body, "'");
    if (Array.from(s).length !== 1) throw new SyntaxErr('invalid syntax');
    return s;
  }
  throw new SyntaxErr('invalid syntax');
}

/** A number literal's value and whether Go would treat it as an integer constant. */
export function parseNumber(text: string, isChar: boolean): { value: number; isInt: boolean } {
  if (isChar) return { value: unquote(text).codePointAt(0) as number, isInt: true };
  const t = text.replace(/_/g, '');
  const m = /^([+-]?)0([xXbBoO]?)([0-9a-fA-F]*)$/.exec(t);
  if (m && !(m[2] === '' && /[89a-fA-F]/.test(m[3]))) {
    const base = m[2] === '' ? 8 : /[xX]/.test(m[2]) ? 16 : /[bB]/.test(m[2]) ? 2 : 8;
    const digits = m[3] === '' ? '0' : m[3];
    const v = parseInt(digits, base);
    if (!Number.isNaN(v)) return { value: m[1] === '-' ? -v : v, isInt: true };
  }
  if (/^[+-]?\d+$/.test(t)) return { value: Number(t), isInt: true };
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) {
    const v = Number(t);
    return { value: v, isInt: Number.isInteger(v) };
  }
  throw new SyntaxErr(`illegal number syntax: "${text}"`);
}
