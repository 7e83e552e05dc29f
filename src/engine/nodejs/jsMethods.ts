// Properties and methods of strings, arrays, numbers and errors in the JavaScript model: the
// handful a small server uses. Anything else is JsUnsupported naming it, never undefined.
import type { Loc } from './jsAst';
import { JsUnsupported } from './jsAst';
import type { Interp } from './jsInterp';
import { HostFunc, JsError, JsFunc, toNum, toStr, truthy, type Value } from './jsValues';

function method(name: string, fn: (args: Value[], loc: Loc) => Value): HostFunc {
  return new HostFunc(name, fn);
}

function stringMember(s: string, prop: string): Value {
  if (prop === 'length') return s.length;
  const str = (a: Value) => toStr(a ?? '');
  const m: Record<string, (args: Value[]) => Value> = {
    toUpperCase: () => s.toUpperCase(),
    toLowerCase: () => s.toLowerCase(),
    trim: () => s.trim(),
    split: (a) => (a[0] === undefined ? [s] : s.split(str(a[0]))),
    includes: (a) => s.includes(str(a[0])),
    startsWith: (a) => s.startsWith(str(a[0])),
    endsWith: (a) => s.endsWith(str(a[0])),
    indexOf: (a) => s.indexOf(str(a[0])),
    replace: (a) => s.replace(str(a[0]), str(a[1])),
    slice: (a) => s.slice(a[0] === undefined ? undefined : toNum(a[0]), a[1] === undefined ? undefined : toNum(a[1])),
    repeat: (a) => s.repeat(toNum(a[0])),
    padStart: (a) => s.padStart(toNum(a[0]), a[1] === undefined ? ' ' : str(a[1])),
    padEnd: (a) => s.padEnd(toNum(a[0]), a[1] === undefined ? ' ' : str(a[1])),
    toString: () => s,
  };
  return Object.hasOwn(m, prop) ? method(prop, (args) => m[prop](args)) : undefined;
}

function arrayMember(interp: Interp, arr: Value[], prop: string): Value {
  if (prop === 'length') return arr.length;
  if (/^\d+$/.test(prop)) return arr[Number(prop)];
  const fn = (f: Value, loc: Loc) => (x: Value, i: number) => interp.call(f, [x, i, arr], loc, 'callback');
  const m: Record<string, (args: Value[], loc: Loc) => Value> = {
    push: (a) => arr.push(...a),
    pop: () => arr.pop(),
    join: (a) => arr.map((x) => (x === null || x === undefined ? '' : toStr(x))).join(a[0] === undefined ? ',' : toStr(a[0])),
    includes: (a) => arr.includes(a[0]),
    indexOf: (a) => arr.indexOf(a[0]),
    map: (a, loc) => arr.map(fn(a[0], loc)),
    filter: (a, loc) => arr.filter((x, i) => truthy(fn(a[0], loc)(x, i))),
    find: (a, loc) => arr.find((x, i) => truthy(fn(a[0], loc)(x, i))),
    forEach: (a, loc) => {
      arr.forEach(fn(a[0], loc));
      return undefined;
    },
    slice: (a) => arr.slice(a[0] === undefined ? undefined : toNum(a[0]), a[1] === undefined ? undefined : toNum(a[1])),
  };
  return Object.hasOwn(m, prop) ? method(prop, m[prop]) : undefined;
}

export function memberOf(interp: Interp, obj: Value, prop: string, loc: Loc): Value {
  if (typeof obj === 'string') {
    if (/^\d+$/.test(prop)) return obj[Number(prop)];
    const v = stringMember(obj, prop);
    if (v !== undefined) return v;
  } else if (Array.isArray(obj)) {
    const v = arrayMember(interp, obj, prop);
    if (v !== undefined || /^\d+$/.test(prop)) return v;
  } else if (typeof obj === 'number') {
    if (prop === 'toFixed') return method(prop, (a) => obj.toFixed(toNum(a[0] ?? 0)));
    if (prop === 'toString') return method(prop, () => String(obj));
  } else if (obj instanceof JsError) {
    if (prop === 'message') return obj.message;
    if (prop === 'name') return obj.name;
  } else if (obj instanceof JsFunc || obj instanceof HostFunc) {
    if (prop === 'name') return obj.name;
  } else if (typeof obj === 'boolean') {
    if (prop === 'toString') return method(prop, () => String(obj));
  }
  throw new JsUnsupported(`the '${prop}' property of a ${Array.isArray(obj) ? 'array' : obj instanceof JsError ? 'error' : typeof obj}`, loc.line);
}
