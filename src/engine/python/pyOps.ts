// Operators and string formatting with CPython's results and TypeError texts: `+ - * / // % **`,
// comparisons, `%`-formatting, str.format and f-string format specs.
import { raise, type Range } from './pyErrors';
import type { PyVersion } from './pyVersion';
import { bool, dictGet, int, pyEquals, pyStr, repr, str, typeName, type PyVal } from './pyValues';

const num = (v: PyVal): number | undefined => (v.t === 'int' || v.t === 'float' ? v.v : v.t === 'bool' ? (v.v ? 1 : 0) : undefined);
const numVal = (n: number, float: boolean): PyVal => (float ? { t: 'float', v: n } : int(n));

function unsupported(op: string, a: PyVal, b: PyVal, at: Range): never {
  raise('TypeError', `unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`, at);
}

export function binaryOp(op: string, a: PyVal, b: PyVal, v: PyVersion, at: Range): PyVal {
  const x = num(a);
  const y = num(b);
  if (x !== undefined && y !== undefined) {
    const float = a.t === 'float' || b.t === 'float';
    switch (op) {
      case '+':
        return numVal(x + y, float);
      case '-':
        return numVal(x - y, float);
      case '*':
        return numVal(x * y, float);
      case '/':
        if (y === 0) raise('ZeroDivisionError', float ? 'float division by zero' : 'division by zero', at);
        return { t: 'float', v: x / y };
      case '//':
        if (y === 0) raise('ZeroDivisionError', float ? 'float divmod()' : 'integer division or modulo by zero', at);
        return numVal(Math.floor(x / y), float);
      case '%':
        if (y === 0) raise('ZeroDivisionError', float ? 'float modulo' : 'integer division or modulo by zero', at);
        return numVal(((x % y) + y) % y, float);
      case '**':
        return numVal(x ** y, float || y < 0);
    }
  }
  if (op === '+') {
    if (a.t === 'str') {
      if (b.t === 'str') return str(a.v + b.v);
      raise('TypeError', v.minor >= 7 ? `can only concatenate str (not "${typeName(b)}") to str` : `must be str, not ${typeName(b)}`, at);
    }
    if (a.t === 'list' && b.t === 'list') return { t: 'list', items: [...a.items, ...b.items] };
    if (a.t === 'list') raise('TypeError', `can only concatenate list (not "${typeName(b)}") to list`, at);
  }
  if (op === '*') {
    const [s, n] = a.t === 'str' || a.t === 'list' ? [a, b] : [b, a];
    if ((s.t === 'str' || s.t === 'list') && n.t === 'int') return s.t === 'str' ? str(s.v.repeat(Math.max(0, n.v))) : { t: 'list', items: Array.from({ length: Math.max(0, n.v) }, () => s.items).flat() };
    if (s.t === 'str' || s.t === 'list') raise('TypeError', `can't multiply sequence by non-int of type '${typeName(n)}'`, at);
  }
  if (op === '%' && a.t === 'str') return str(percentFormat(a.v, b, at));
  return unsupported(op, a, b, at);
}

export function compareOp(op: string, a: PyVal, b: PyVal, at: Range): PyVal {
  switch (op) {
    case '==':
      return bool(pyEquals(a, b));
    case '!=':
      return bool(!pyEquals(a, b));
    case 'is':
      return bool(a === b || (a.t === 'none' && b.t === 'none') || (a.t === 'bool' && b.t === 'bool' && a.v === b.v));
    case 'is not':
      return bool(!(a === b || (a.t === 'none' && b.t === 'none') || (a.t === 'bool' && b.t === 'bool' && a.v === b.v)));
    case 'in':
    case 'not in': {
      const found = contains(b, a, at);
      return bool(op === 'in' ? found : !found);
    }
  }
  const x = num(a);
  const y = num(b);
  let c: number | undefined;
  if (x !== undefined && y !== undefined) c = x - y;
  else if (a.t === 'str' && b.t === 'str') c = a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
  if (c === undefined) raise('TypeError', `'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`, at);
  return bool(op === '<' ? c < 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : c >= 0);
}

function contains(container: PyVal, item: PyVal, at: Range): boolean {
  if (container.t === 'str') {
    if (item.t !== 'str') raise('TypeError', `'in <string>' requires string as left operand, not ${typeName(item)}`, at);
    return container.v.includes(item.v);
  }
  if (container.t === 'list' || container.t === 'tuple') return container.items.some((x) => pyEquals(x, item));
  if (container.t === 'dict') return dictGet(container, item) !== undefined;
  return raise('TypeError', `argument of type '${typeName(container)}' is not iterable`, at);
}

/** A format spec: [[fill]align][sign][0][width][,][.precision][type]. */
export function formatSpec(value: PyVal, spec: string, at: Range): string {
  if (spec === '') return pyStr(value);
  const m = /^(?:(.)?([<>^=]))?([+\- ])?(0)?(\d+)?(,)?(?:\.(\d+))?([sdfeEgGxXob%])?$/.exec(spec);
  if (!m) raise('ValueError', `Invalid format specifier`, at);
  const [, fillCh, align, , zero, widthS, comma, precS, type] = m;
  const n = num(value);
  let s: string;
  if (type === 'f' || type === '%' || (precS !== undefined && type === undefined && value.t === 'float')) {
    if (n === undefined) raise('ValueError', `Unknown format code '${type ?? 'f'}' for object of type '${typeName(value)}'`, at);
    s = (type === '%' ? n * 100 : n).toFixed(precS === undefined ? 6 : Number(precS)) + (type === '%' ? '%' : '');
  } else if (type === 'd' || type === 'x' || type === 'X' || type === 'o' || type === 'b') {
    if (value.t !== 'int' && value.t !== 'bool') raise('ValueError', `Unknown format code '${type}' for object of type '${typeName(value)}'`, at);
    s = Math.trunc(n ?? 0).toString(type === 'd' ? 10 : type === 'o' ? 8 : type === 'b' ? 2 : 16);
    if (type === 'X') s = s.toUpperCase();
  } else {
    s = pyStr(value);
    if (precS !== undefined && value.t === 'str') s = s.slice(0, Number(precS));
  }
  if (comma) s = s.replace(/^(-?\d+)/, (d) => d.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
  const width = Number(widthS ?? 0);
  if (s.length >= width) return s;
  const fill = zero && !align ? '0' : (fillCh ?? ' ');
  const pad = fill.repeat(width - s.length);
  const dir = align ?? (zero ? '=' : n !== undefined && value.t !== 'str' ? '>' : '<');
  if (dir === '<') return s + pad;
  if (dir === '^') return fill.repeat(Math.floor((width - s.length) / 2)) + s + fill.repeat(Math.ceil((width - s.length) / 2));
  if (dir === '=' && /^[-+]/.test(s)) return s[0] + pad + s.slice(1);
  return pad + s;
}

/** `str.format(*args, **kwargs)`. */
export function strFormat(template: string, args: PyVal[], kwargs: Record<string, PyVal>, at: Range): string {
  let auto = 0;
  return template.replace(/\{\{|\}\}|\{([^{}!:]*)(?:!([rsa]))?(?::([^{}]*))?\}/g, (all, field: string | undefined, conv: string | undefined, spec: string | undefined) => {
    if (all === '{{') return '{';
    if (all === '}}') return '}';
    const key = field ?? '';
    let value: PyVal | undefined;
    if (key === '') {
      value = args[auto++];
      if (!value) raise('IndexError', `Replacement index ${auto - 1} out of range for positional args tuple`, at);
    } else if (/^\d+$/.test(key)) {
      value = args[Number(key)];
      if (!value) raise('IndexError', `Replacement index ${key} out of range for positional args tuple`, at);
    } else {
      value = kwargs[key];
      if (!value) raise('KeyError', `'${key}'`, at);
    }
    if (conv === 'r') return repr(value);
    return formatSpec(value, spec ?? '', at);
  });
}

/** `'%s is %d' % (a, b)`. */
export function percentFormat(template: string, arg: PyVal, at: Range): string {
  const args = arg.t === 'tuple' ? arg.items : [arg];
  let i = 0;
  const out = template.replace(/%(\([^)]*\))?([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdirfxXc%])/g, (all, key: string | undefined, flags: string, width: string | undefined, prec: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    let v: PyVal | undefined;
    if (key && arg.t === 'dict') v = dictGet(arg, str(key.slice(1, -1)));
    else v = args[i++];
    if (!v) raise('TypeError', 'not enough arguments for format string', at);
    let s: string;
    if (conv === 's') s = pyStr(v);
    else if (conv === 'r') s = repr(v);
    else {
      const n = num(v);
      if (n === undefined) raise('TypeError', `%${conv} format: a number is required, not ${typeName(v)}`, at);
      s = conv === 'f' ? n.toFixed(prec === undefined ? 6 : Number(prec)) : conv === 'x' ? Math.trunc(n).toString(16) : String(Math.trunc(n));
    }
    const w = Number(width ?? 0);
    if (s.length < w) s = flags.includes('-') ? s.padEnd(w) : s.padStart(w, flags.includes('0') ? '0' : ' ');
    return s;
  });
  if (arg.t !== 'dict' && i < args.length) raise('TypeError', 'not all arguments converted during string formatting', at);
  return out;
}
