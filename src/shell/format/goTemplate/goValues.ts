// How plain JS data stands in for Go values inside templates.
//
// The rule: a plain object is a Go map[string]interface {} (a missing key yields "<no value>",
// or "map has no entry for key" under missingkey=error), unless it was marked with goStruct(),
// which makes it a Go struct named by its type (a missing field is "can't evaluate field X in
// type T"). Arrays are slices, integers are int, other numbers float64, null is a nil interface
// and undefined is Go's invalid value ("<no value>"). A function-valued property is a method.
const GO_TYPE = Symbol.for('pathshala.goType');

type Marked = { [GO_TYPE]?: string };

/** Marks an object as a Go struct of the given type, e.g. '*formatter.ContainerContext'. */
export function goStruct<T extends object>(typeName: string, fields: T): T {
  Object.defineProperty(fields, GO_TYPE, { value: typeName, enumerable: false, configurable: true });
  return fields;
}

export function structTypeOf(v: unknown): string | undefined {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) return (v as Marked)[GO_TYPE];
  return undefined;
}

export type GoKind = 'invalid' | 'nil' | 'string' | 'int' | 'float' | 'bool' | 'slice' | 'map' | 'struct' | 'func';

export function kindOf(v: unknown): GoKind {
  if (v === undefined) return 'invalid';
  if (v === null) return 'nil';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'number':
      return Number.isInteger(v) ? 'int' : 'float';
    case 'bigint':
      return 'int';
    case 'boolean':
      return 'bool';
    case 'function':
      return 'func';
  }
  if (Array.isArray(v)) return 'slice';
  return structTypeOf(v) ? 'struct' : 'map';
}

export function typeName(v: unknown): string {
  switch (kindOf(v)) {
    case 'invalid':
      return '<nil>';
    case 'nil':
      return 'interface {}';
    case 'string':
      return 'string';
    case 'int':
      return 'int';
    case 'float':
      return 'float64';
    case 'bool':
      return 'bool';
    case 'slice':
      return '[]interface {}';
    case 'struct':
      return structTypeOf(v) as string;
    case 'func':
      return 'func()';
    default:
      return 'map[string]interface {}';
  }
}

/** Go's template truth: false, 0, nil, and empty strings, slices and maps are false. */
export function isTrue(v: unknown): boolean {
  switch (kindOf(v)) {
    case 'invalid':
    case 'nil':
      return false;
    case 'string':
      return (v as string).length > 0;
    case 'int':
    case 'float':
      return v !== 0;
    case 'bool':
      return v as boolean;
    case 'slice':
      return (v as unknown[]).length > 0;
    case 'map':
      return Object.keys(v as object).length > 0;
    default:
      return true;
  }
}

/** Go maps iterate and print in sorted key order (byte order for strings). */
export function sortedKeys(o: object): string[] {
  return Object.keys(o).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Go float64 'g' formatting; prec < 0 means the shortest exact representation (%v). */
export function formatFloatG(x: number, prec: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'NaN' : x > 0 ? '+Inf' : '-Inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const neg = x < 0;
  const [mant, expStr] = (prec < 0 ? Math.abs(x).toExponential() : Math.abs(x).toExponential(Math.max(prec, 1) - 1)).split('e');
  const digits = mant.replace('.', '').replace(/0+$/, '') || '0';
  const dp = Number(expStr) + 1;
  const nd = digits.length;
  let eprec = Math.max(prec, 1);
  if (prec >= 0 && eprec > nd && nd >= dp) eprec = nd;
  // Shortest form switches to an exponent from 1e6 up: fmt.Println(1e6) prints 1e+06.
  if (prec < 0) eprec = 6;
  const exp = dp - 1;
  let out: string;
  if (exp < -4 || exp >= eprec) {
    const frac = digits.slice(1);
    const e = Math.abs(exp);
    out = digits[0] + (frac ? '.' + frac : '') + 'e' + (exp < 0 ? '-' : '+') + (e < 10 ? '0' + e : String(e));
  } else if (dp <= 0) {
    out = '0.' + '0'.repeat(-dp) + digits;
  } else if (dp >= nd) {
    out = digits + '0'.repeat(dp - nd);
  } else {
    out = digits.slice(0, dp) + '.' + digits.slice(dp);
  }
  return neg ? '-' + out : out;
}

/** fmt's %v of a value, as text/template prints it; top is false inside collections. */
export function formatValue(v: unknown, top = true): string {
  switch (kindOf(v)) {
    case 'invalid':
      return top ? '<no value>' : '<nil>';
    case 'nil':
      return top ? '<no value>' : '<nil>';
    case 'string':
      return v as string;
    case 'int':
      return String(v);
    case 'float':
      return formatFloatG(v as number, -1);
    case 'bool':
      return v ? 'true' : 'false';
    case 'slice':
      return '[' + (v as unknown[]).map((e) => formatValue(e, false)).join(' ') + ']';
    case 'struct':
      return '{' + Object.values(v as object).filter((f) => typeof f !== 'function').map((e) => formatValue(e, false)).join(' ') + '}';
    case 'func':
      return '0x0';
    default: {
      const o = v as Record<string, unknown>;
      return 'map[' + sortedKeys(o).map((k) => k + ':' + formatValue(o[k], false)).join(' ') + ']';
    }
  }
}
