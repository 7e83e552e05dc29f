// Methods of str, list and dict that student programs call, as bound builtins.
import { raise } from './pyErrors';
import { strFormat } from './pyOps';
import { NONE, bool, dictGet, dictSet, int, pyEquals, pyStr, str, typeName, type Builtin, type PyVal } from './pyValues';

const fn = (name: string, call: Builtin): PyVal => ({ t: 'builtin', name, call });

function argStr(v: PyVal | undefined, method: string, at: Parameters<Builtin>[2]): string {
  if (v === undefined) return raise('TypeError', `${method}() takes at least 1 argument (0 given)`, at);
  if (v.t !== 'str') raise('TypeError', `must be str, not ${typeName(v)}`, at);
  return v.v;
}

export function strMethod(s: Extract<PyVal, { t: 'str' }>, name: string): PyVal | undefined {
  const v = s.v;
  const simple: Record<string, () => string> = {
    upper: () => v.toUpperCase(),
    lower: () => v.toLowerCase(),
    title: () => v.toLowerCase().replace(/(^|[^a-zA-Z])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase()),
    capitalize: () => v.charAt(0).toUpperCase() + v.slice(1).toLowerCase(),
    swapcase: () => [...v].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''),
  };
  if (name in simple) return fn(name, () => str(simple[name]()));
  switch (name) {
    case 'strip':
    case 'lstrip':
    case 'rstrip':
      return fn(name, ([chars]) => {
        const set = chars && chars.t === 'str' ? chars.v : ' \t\n\r\f\v';
        let a = 0;
        let b = v.length;
        if (name !== 'rstrip') while (a < b && set.includes(v[a])) a++;
        if (name !== 'lstrip') while (b > a && set.includes(v[b - 1])) b--;
        return str(v.slice(a, b));
      });
    case 'split':
      return fn(name, ([sep]) => ({ t: 'list', items: (sep && sep.t === 'str' ? v.split(sep.v) : v.split(/\s+/).filter((x) => x !== '')).map(str) }));
    case 'join':
      return fn(name, ([items], _k, at) => {
        if (!items || (items.t !== 'list' && items.t !== 'tuple')) return raise('TypeError', 'can only join an iterable', at);
        return str(
          items.items
            .map((x, i) => {
              if (x.t !== 'str') raise('TypeError', `sequence item ${i}: expected str instance, ${typeName(x)} found`, at);
              return pyStr(x);
            })
            .join(v),
        );
      });
    case 'replace':
      return fn(name, ([a, b], _k, at) => str(v.split(argStr(a, name, at)).join(argStr(b, name, at))));
    case 'startswith':
    case 'endswith':
      return fn(name, ([a], _k, at) => bool(name === 'startswith' ? v.startsWith(argStr(a, name, at)) : v.endsWith(argStr(a, name, at))));
    case 'find':
      return fn(name, ([a], _k, at) => int(v.indexOf(argStr(a, name, at))));
    case 'count':
      return fn(name, ([a], _k, at) => int(v.split(argStr(a, name, at)).length - 1));
    case 'format':
      return fn(name, (args, kwargs, at) => str(strFormat(v, args, kwargs, at)));
    case 'isdigit':
      return fn(name, () => bool(/^\d+$/.test(v)));
    case 'zfill':
      return fn(name, ([w]) => str(v.padStart(w && w.t === 'int' ? w.v : 0, '0')));
    case 'center':
    case 'ljust':
    case 'rjust':
      return fn(name, ([w, f]) => {
        const width = w && w.t === 'int' ? w.v : 0;
        const fill = f && f.t === 'str' ? f.v : ' ';
        if (name === 'ljust') return str(v.padEnd(width, fill));
        if (name === 'rjust') return str(v.padStart(width, fill));
        const total = Math.max(0, width - v.length);
        const left = Math.floor(total / 2) + (total % 2 && width % 2 ? 1 : 0);
        return str(fill.repeat(left) + v + fill.repeat(total - left));
      });
  }
  return undefined;
}

export function listMethod(l: Extract<PyVal, { t: 'list' }>, name: string): PyVal | undefined {
  switch (name) {
    case 'append':
      return fn(name, ([x]) => (l.items.push(x ?? NONE), NONE));
    case 'extend':
      return fn(name, ([x]) => (x && (x.t === 'list' || x.t === 'tuple') && l.items.push(...x.items), NONE));
    case 'insert':
      return fn(name, ([i, x]) => (l.items.splice(i && i.t === 'int' ? i.v : 0, 0, x ?? NONE), NONE));
    case 'pop':
      return fn(name, ([i], _k, at) => {
        if (l.items.length === 0) raise('IndexError', 'pop from empty list', at);
        const idx = i && i.t === 'int' ? (i.v < 0 ? l.items.length + i.v : i.v) : l.items.length - 1;
        if (idx < 0 || idx >= l.items.length) raise('IndexError', 'pop index out of range', at);
        return l.items.splice(idx, 1)[0];
      });
    case 'remove':
      return fn(name, ([x], _k, at) => {
        const i = l.items.findIndex((y) => pyEquals(y, x ?? NONE));
        if (i < 0) raise('ValueError', 'list.remove(x): x not in list', at);
        l.items.splice(i, 1);
        return NONE;
      });
    case 'index':
      return fn(name, ([x], _k, at) => {
        const i = l.items.findIndex((y) => pyEquals(y, x ?? NONE));
        if (i < 0) raise('ValueError', `${pyStr(x ?? NONE)} is not in list`, at);
        return int(i);
      });
    case 'count':
      return fn(name, ([x]) => int(l.items.filter((y) => pyEquals(y, x ?? NONE)).length));
    case 'reverse':
      return fn(name, () => (l.items.reverse(), NONE));
  }
  return undefined;
}

export function dictMethod(d: Extract<PyVal, { t: 'dict' }>, name: string): PyVal | undefined {
  switch (name) {
    case 'get':
      return fn(name, ([k, dflt]) => dictGet(d, k ?? NONE) ?? dflt ?? NONE);
    case 'keys':
      return fn(name, () => ({ t: 'list', items: [...d.keys] }));
    case 'values':
      return fn(name, () => ({ t: 'list', items: [...d.vals] }));
    case 'items':
      return fn(name, () => ({ t: 'list', items: d.keys.map((k, i) => ({ t: 'tuple', items: [k, d.vals[i]] })) }));
    case 'update':
      return fn(name, ([o], kwargs) => {
        if (o && o.t === 'dict') o.keys.forEach((k, i) => dictSet(d, k, o.vals[i]));
        for (const [k, v] of Object.entries(kwargs)) dictSet(d, str(k), v);
        return NONE;
      });
    case 'setdefault':
      return fn(name, ([k, dflt]) => {
        const cur = dictGet(d, k ?? NONE);
        if (cur) return cur;
        dictSet(d, k ?? NONE, dflt ?? NONE);
        return dflt ?? NONE;
      });
    case 'pop':
      return fn(name, ([k, dflt], _kw, at) => {
        const i = d.keys.findIndex((x) => pyEquals(x, k ?? NONE));
        if (i < 0) return dflt ?? raise('KeyError', pyStr(k ?? NONE), at);
        const v = d.vals[i];
        d.keys.splice(i, 1);
        d.vals.splice(i, 1);
        return v;
      });
  }
  return undefined;
}
