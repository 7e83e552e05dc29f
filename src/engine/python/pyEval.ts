// Expression evaluation, attribute lookup (module attributes, library objects, the methods of
// str, list and dict) and iteration, with CPython's error texts and the range a 3.11+ traceback
// underlines for each failing operation.
import type { Expr } from './pyAst';
import { makeExc, PyException, raise, type Range } from './pyErrors';
import type { Interp, Scope } from './pyInterpreter';
import { strMethod, listMethod, dictMethod } from './pyMethods';
import { binaryOp, compareOp, formatSpec } from './pyOps';
import { suggestName } from './pySuggest';
import { NONE, bool, dictGet, repr, str, pyStr, truthy, typeName, type PyVal } from './pyValues';

const rangeOf = (e: Expr): Range => ({ line: e.line, col: e.col, endCol: e.endLine === e.line ? e.endCol : e.col + 1 });

export function iterate(v: PyVal, at: Expr | Range): PyVal[] {
  if (v.t === 'list' || v.t === 'tuple') return [...v.items];
  if (v.t === 'str') return [...v.v].map(str);
  if (v.t === 'dict') return [...v.keys];
  const r = 'k' in at ? rangeOf(at) : at;
  return raise('TypeError', `'${typeName(v)}' object is not iterable`, r);
}

export function evalExprWith(ip: Interp, e: Expr, scope: Scope): PyVal {
  switch (e.k) {
    case 'const':
      if (e.value === null) return NONE;
      if (typeof e.value === 'boolean') return bool(e.value);
      if (typeof e.value === 'number') return e.float ? { t: 'float', v: e.value } : { t: 'int', v: e.value };
      return str(e.value);
    case 'fstr':
      return str(
        e.parts
          .map((p) => {
            if (typeof p === 'string') return p;
            const v = evalExprWith(ip, p.expr, scope);
            if (p.conv === 'r') return repr(v);
            return formatSpec(v, p.spec ?? '', rangeOf(p.expr));
          })
          .join(''),
      );
    case 'name':
      return ip.lookup(e, scope);
    case 'attr':
      return getAttr(ip, evalExprWith(ip, e.obj, scope), e.name, rangeOf(e));
    case 'call': {
      const fn = evalExprWith(ip, e.fn, scope);
      const args = e.args.map((a) => evalExprWith(ip, a, scope));
      const kwargs: Record<string, PyVal> = {};
      for (const kw of e.kwargs) kwargs[kw.name] = evalExprWith(ip, kw.value, scope);
      return ip.call(fn, args, kwargs, rangeOf(e));
    }
    case 'sub': {
      const obj = evalExprWith(ip, e.obj, scope);
      const key = evalExprWith(ip, e.index, scope);
      const at: Range = { ...rangeOf(e), anchor: [e.obj.endCol, e.endCol] };
      return subscript(obj, key, at);
    }
    case 'bin': {
      const a = evalExprWith(ip, e.left, scope);
      const b = evalExprWith(ip, e.right, scope);
      return binaryOp(e.op, a, b, ip.version, { ...rangeOf(e), anchor: [e.opCol, e.opCol + e.op.length] });
    }
    case 'unary': {
      const v = evalExprWith(ip, e.operand, scope);
      if (e.op === 'not') return bool(!truthy(v));
      if (v.t === 'int' || v.t === 'float') return { t: v.t, v: e.op === '-' ? -v.v : e.op === '~' ? ~v.v : v.v };
      if (v.t === 'bool') return { t: 'int', v: e.op === '-' ? -Number(v.v) : Number(v.v) };
      return raise('TypeError', `bad operand type for unary ${e.op}: '${typeName(v)}'`, rangeOf(e));
    }
    case 'bool': {
      const a = evalExprWith(ip, e.left, scope);
      if (e.op === 'and' ? !truthy(a) : truthy(a)) return a;
      return evalExprWith(ip, e.right, scope);
    }
    case 'cmp': {
      let left = evalExprWith(ip, e.operands[0], scope);
      for (let i = 0; i < e.ops.length; i++) {
        const right = evalExprWith(ip, e.operands[i + 1], scope);
        const r = compareOp(e.ops[i], left, right, rangeOf(e));
        if (!truthy(r)) return r;
        left = right;
      }
      return bool(true);
    }
    case 'list':
      return { t: 'list', items: e.items.map((x) => evalExprWith(ip, x, scope)) };
    case 'tuple':
      return { t: 'tuple', items: e.items.map((x) => evalExprWith(ip, x, scope)) };
    case 'dict': {
      const d: Extract<PyVal, { t: 'dict' }> = { t: 'dict', keys: [], vals: [] };
      e.keys.forEach((k, i) => {
        const key = evalExprWith(ip, k, scope);
        const val = evalExprWith(ip, e.values[i], scope);
        const at = d.keys.findIndex((x) => repr(x) === repr(key));
        if (at >= 0) {
          d.vals[at] = val;
        } else {
          d.keys.push(key);
          d.vals.push(val);
        }
      });
      return d;
    }
    case 'ifexp':
      return truthy(evalExprWith(ip, e.test, scope)) ? evalExprWith(ip, e.body, scope) : evalExprWith(ip, e.orelse, scope);
  }
}

function subscript(obj: PyVal, key: PyVal, at: Range): PyVal {
  if (obj.t === 'dict') {
    const v = dictGet(obj, key);
    if (v === undefined) throw new PyException({ ...makeExc('KeyError'), args: [key] }, at);
    return v;
  }
  if (obj.t === 'list' || obj.t === 'tuple' || obj.t === 'str') {
    if (key.t !== 'int' && key.t !== 'bool') raise('TypeError', `${obj.t === 'str' ? 'string' : obj.t} indices must be integers${obj.t === 'str' ? '' : ' or slices'}, not ${typeName(key)}`, at);
    const items = obj.t === 'str' ? [...obj.v].map(str) : obj.items;
    const n = Number(key.v);
    const i = n < 0 ? items.length + n : n;
    if (i < 0 || i >= items.length) raise('IndexError', `${obj.t === 'str' ? 'string' : obj.t} index out of range`, at);
    return items[i];
  }
  if (obj.t === 'obj' && obj.data && typeof (obj.data as { getitem?: unknown }).getitem === 'function') {
    return (obj.data as { getitem(k: PyVal, at: Range): PyVal }).getitem(key, at);
  }
  return raise('TypeError', `'${typeName(obj)}' object is not subscriptable`, at);
}

export function getAttr(ip: Interp, obj: PyVal, name: string, at: Range): PyVal {
  if (obj.t === 'module' || obj.t === 'obj') {
    const v = obj.attrs[name];
    if (v) return v;
    const ex = new PyException(makeExc('AttributeError', obj.t === 'module' ? `module '${obj.name}' has no attribute '${name}'` : `'${obj.cls}' object has no attribute '${name}'`), at);
    ex.suggestion = suggestName(name, Object.keys(obj.attrs));
    throw ex;
  }
  const method = obj.t === 'str' ? strMethod(obj, name) : obj.t === 'list' ? listMethod(obj, name) : obj.t === 'dict' ? dictMethod(obj, name) : undefined;
  if (method) return method;
  if (obj.t === 'exc' && name === 'args') return { t: 'tuple', items: obj.args };
  return raise('AttributeError', `'${typeName(obj)}' object has no attribute '${name}'`, at);
}

export { pyStr };
