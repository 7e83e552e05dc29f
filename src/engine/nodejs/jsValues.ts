// Runtime values of the JavaScript model. Primitives, arrays and plain objects are the host's own
// (they live only while one module run or one request is interpreted); functions are closures over
// the AST or host functions (require('express'), console.log …). Errors thrown by the script are
// JsThrow carrying an Error-like record.
import type { Expr, Loc } from './jsAst';
import type { Scope } from './jsScope';

export class JsFunc {
  constructor(
    readonly node: Extract<Expr, { t: 'func' }>,
    readonly scope: Scope,
    readonly name: string,
  ) {}
}

export class HostFunc {
  constructor(
    readonly name: string,
    readonly call: (args: Value[], loc: Loc) => Value,
  ) {}
}

export class JsError {
  constructor(
    readonly name: string,
    readonly message: string,
    /** Where it was thrown in the script (the frame `at Object.<anonymous> (file:line:col)`). */
    readonly loc: Loc | undefined,
  ) {}
}

export type Value = undefined | null | boolean | number | string | Value[] | JsObject | JsFunc | HostFunc | JsError;
export interface JsObject {
  [key: string]: Value;
}

export class JsThrow {
  constructor(readonly error: JsError) {}
}

export function isObject(v: Value): v is JsObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof JsFunc) && !(v instanceof HostFunc) && !(v instanceof JsError);
}

export function isCallable(v: Value): v is JsFunc | HostFunc {
  return v instanceof JsFunc || v instanceof HostFunc;
}

export function typeOf(v: Value): string {
  if (v === null) return 'object';
  if (isCallable(v)) return 'function';
  return typeof v === 'object' ? 'object' : typeof v;
}

export function truthy(v: Value): boolean {
  return !(v === undefined || v === null || v === false || v === 0 || v === '' || (typeof v === 'number' && Number.isNaN(v)));
}

/** String(v) as JavaScript does it (template literals, `+` with a string, res.send of a number …). */
export function toStr(v: Value): string {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map((x) => (x === null || x === undefined ? '' : toStr(x))).join(',');
  if (v instanceof JsError) return v.message ? `${v.name}: ${v.message}` : v.name;
  if (isCallable(v)) return v instanceof JsFunc ? '[function]' : `function ${v.name}() { [native code] }`;
  return '[object Object]';
}

export function toNum(v: Value): number {
  if (typeof v === 'number') return v;
  if (v === null || v === false) return 0;
  if (v === true) return 1;
  if (typeof v === 'string') return v.trim() === '' ? 0 : Number(v);
  return NaN;
}

/** A value as JSON for module state kept between requests; undefined when it cannot be kept. */
export function toJson(v: Value): unknown {
  if (v === null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') return v;
  if (Array.isArray(v)) {
    const items = v.map(toJson);
    return items.includes(undefined) ? undefined : items;
  }
  if (isObject(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const j = toJson(x);
      if (j === undefined) return undefined;
      out[k] = j;
    }
    return out;
  }
  return undefined;
}

export function fromJson(j: unknown): Value {
  if (Array.isArray(j)) return j.map(fromJson);
  if (j !== null && typeof j === 'object') {
    const out: JsObject = {};
    for (const [k, x] of Object.entries(j)) out[k] = fromJson(x);
    return out;
  }
  return j as Value;
}
