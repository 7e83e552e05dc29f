// Runtime values of the model, with Python's str() and repr(). They live only while a program
// runs or a request is answered; what must outlast that is saved as JSON (see toJson/fromJson).
import type { Stmt } from './pyAst';

export interface Site {
  line: number;
  col: number;
  endCol: number;
}

export type Builtin = (args: PyVal[], kwargs: Record<string, PyVal>, site: Site) => PyVal;

export type PyVal =
  | { t: 'none' }
  | { t: 'bool'; v: boolean }
  | { t: 'int'; v: number }
  | { t: 'float'; v: number }
  | { t: 'str'; v: string }
  | { t: 'list'; items: PyVal[] }
  | { t: 'tuple'; items: PyVal[] }
  | { t: 'dict'; keys: PyVal[]; vals: PyVal[] }
  | { t: 'func'; def: Extract<Stmt, { k: 'def' }>; defaults: PyVal[] }
  | { t: 'builtin'; name: string; call: Builtin }
  | { t: 'module'; name: string; attrs: Record<string, PyVal> }
  /** Library objects (a Flask app, the request, a Redis client, a Response): attrs and a class name. */
  | { t: 'obj'; cls: string; attrs: Record<string, PyVal>; data?: unknown }
  /** An exception class: `bases` from nearest to BaseException. */
  | { t: 'class'; name: string; module?: string; bases: string[]; call?: Builtin }
  | { t: 'exc'; cls: string; module?: string; bases: string[]; args: PyVal[] };

export const NONE: PyVal = { t: 'none' };
export const TRUE: PyVal = { t: 'bool', v: true };
export const FALSE: PyVal = { t: 'bool', v: false };

export const str = (v: string): PyVal => ({ t: 'str', v });
export const int = (v: number): PyVal => ({ t: 'int', v });
export const bool = (v: boolean): PyVal => (v ? TRUE : FALSE);

/** Python's type name, as error messages show it. */
export function typeName(v: PyVal): string {
  switch (v.t) {
    case 'none':
      return 'NoneType';
    case 'func':
      return 'function';
    case 'builtin':
      return 'builtin_function_or_method';
    case 'class':
      return 'type';
    case 'obj':
      return v.cls;
    case 'exc':
      return v.cls;
    default:
      return v.t;
  }
}

function floatRepr(n: number): string {
  if (Number.isInteger(n)) return Math.abs(n) < 1e16 ? `${n}.0` : String(n).replace('e+', 'e+');
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'nan' : n > 0 ? 'inf' : '-inf';
  return String(n);
}

function strRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t')
    .replace(/\r/g, '\\r');
  return `${q}${q === "'" ? body.replace(/'/g, "\\'") : body}${q}`;
}

export function repr(v: PyVal): string {
  switch (v.t) {
    case 'str':
      return strRepr(v.v);
    case 'list':
      return `[${v.items.map(repr).join(', ')}]`;
    case 'tuple':
      return v.items.length === 1 ? `(${repr(v.items[0])},)` : `(${v.items.map(repr).join(', ')})`;
    case 'dict':
      return `{${v.keys.map((k, i) => `${repr(k)}: ${repr(v.vals[i])}`).join(', ')}}`;
    case 'exc':
      return `${v.cls}(${v.args.map(repr).join(', ')})`;
    default:
      return pyStr(v);
  }
}

export function pyStr(v: PyVal): string {
  switch (v.t) {
    case 'none':
      return 'None';
    case 'bool':
      return v.v ? 'True' : 'False';
    case 'int':
      return String(v.v);
    case 'float':
      return floatRepr(v.v);
    case 'str':
      return v.v;
    case 'func':
      return `<function ${v.def.name} at 0x7f3c2a1b5e18>`;
    case 'builtin':
      return `<built-in function ${v.name}>`;
    case 'module':
      return `<module '${v.name}'>`;
    case 'class':
      return `<class '${v.module ? `${v.module}.` : ''}${v.name}'>`;
    case 'obj':
      return `<${v.cls} object at 0x7f3c2a1b5e18>`;
    case 'exc':
      return v.args.length === 1 ? pyStr(v.args[0]) : v.args.length === 0 ? '' : repr({ t: 'tuple', items: v.args });
    default:
      return repr(v);
  }
}

export function truthy(v: PyVal): boolean {
  switch (v.t) {
    case 'none':
      return false;
    case 'bool':
      return v.v;
    case 'int':
    case 'float':
      return v.v !== 0;
    case 'str':
      return v.v !== '';
    case 'list':
    case 'tuple':
      return v.items.length > 0;
    case 'dict':
      return v.keys.length > 0;
    default:
      return true;
  }
}

export function pyEquals(a: PyVal, b: PyVal): boolean {
  const num = (x: PyVal) => (x.t === 'int' || x.t === 'float' ? x.v : x.t === 'bool' ? (x.v ? 1 : 0) : undefined);
  const na = num(a);
  const nb = num(b);
  if (na !== undefined && nb !== undefined) return na === nb;
  if (a.t === 'str' && b.t === 'str') return a.v === b.v;
  if (a.t === 'none' || b.t === 'none') return a.t === b.t;
  if ((a.t === 'list' && b.t === 'list') || (a.t === 'tuple' && b.t === 'tuple')) return a.items.length === b.items.length && a.items.every((x, i) => pyEquals(x, b.items[i]));
  if (a.t === 'dict' && b.t === 'dict') return a.keys.length === b.keys.length && a.keys.every((k, i) => pyEquals(dictGet(b, k) ?? NONE, a.vals[i]) && dictGet(b, k) !== undefined);
  return a === b;
}

export function dictGet(d: Extract<PyVal, { t: 'dict' }>, key: PyVal): PyVal | undefined {
  const i = d.keys.findIndex((k) => pyEquals(k, key));
  return i < 0 ? undefined : d.vals[i];
}

export function dictSet(d: Extract<PyVal, { t: 'dict' }>, key: PyVal, value: PyVal): void {
  const i = d.keys.findIndex((k) => pyEquals(k, key));
  if (i < 0) {
    d.keys.push(key);
    d.vals.push(value);
  } else {
    d.vals[i] = value;
  }
}

export function makeDict(entries: [string, PyVal][]): PyVal {
  return { t: 'dict', keys: entries.map(([k]) => str(k)), vals: entries.map(([, v]) => v) };
}

/** JSON for values that can outlive a run (module globals between requests); undefined when not. */
export function toJson(v: PyVal): unknown {
  switch (v.t) {
    case 'none':
      return null;
    case 'bool':
    case 'str':
      return { [v.t]: v.v };
    case 'int':
    case 'float':
      return { [v.t]: v.v };
    case 'list':
    case 'tuple': {
      const items = v.items.map(toJson);
      return items.includes(undefined) ? undefined : { [v.t]: items };
    }
    case 'dict': {
      const keys = v.keys.map(toJson);
      const vals = v.vals.map(toJson);
      return keys.includes(undefined) || vals.includes(undefined) ? undefined : { dict: [keys, vals] };
    }
    default:
      return undefined;
  }
}

export function fromJson(j: unknown): PyVal {
  if (j === null || typeof j !== 'object') return NONE;
  const o = j as Record<string, unknown>;
  if ('bool' in o) return bool(o.bool as boolean);
  if ('str' in o) return str(o.str as string);
  if ('int' in o) return int(o.int as number);
  if ('float' in o) return { t: 'float', v: o.float as number };
  if ('list' in o) return { t: 'list', items: (o.list as unknown[]).map(fromJson) };
  if ('tuple' in o) return { t: 'tuple', items: (o.tuple as unknown[]).map(fromJson) };
  const [keys, vals] = o.dict as [unknown[], unknown[]];
  return { t: 'dict', keys: keys.map(fromJson), vals: vals.map(fromJson) };
}
