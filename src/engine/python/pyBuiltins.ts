// The builtins the subset calls (print, str, int, len, range …) and the exception classes.
import { PyUnsupported } from './pyAst';
import { EXCEPTION_BASES, makeExc, PyException, raise } from './pyErrors';
import type { Interp } from './pyInterpreter';
import { iterate } from './pyEval';
import { compareOp } from './pyOps';
import { NONE, bool, int, pyStr, repr, str, truthy, typeName, type Builtin, type PyVal, type Site } from './pyValues';

const fn = (name: string, call: Builtin): PyVal => ({ t: 'builtin', name, call });

function toInt(v: PyVal | undefined, at: Site): PyVal {
  if (!v) return int(0);
  if (v.t === 'int') return v;
  if (v.t === 'bool') return int(v.v ? 1 : 0);
  if (v.t === 'float') return int(Math.trunc(v.v));
  if (v.t === 'str' && /^\s*[-+]?\d[\d_]*\s*$/.test(v.v)) return int(parseInt(v.v.replace(/_/g, ''), 10));
  if (v.t === 'str') raise('ValueError', `invalid literal for int() with base 10: ${repr(v)}`, at);
  return raise('TypeError', `int() argument must be a string, a bytes-like object or a ${'number'}, not '${typeName(v)}'`, at);
}

function toFloat(v: PyVal | undefined, at: Site): PyVal {
  if (!v) return { t: 'float', v: 0 };
  if (v.t === 'int' || v.t === 'float') return { t: 'float', v: v.v };
  if (v.t === 'str' && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(v.v)) return { t: 'float', v: parseFloat(v.v) };
  if (v.t === 'str') raise('ValueError', `could not convert string to float: ${repr(v)}`, at);
  return raise('TypeError', `float() argument must be a string or a number, not '${typeName(v)}'`, at);
}

function minMax(name: 'min' | 'max'): Builtin {
  return (args, _k, at) => {
    const items = args.length === 1 ? iterate(args[0], at) : args;
    if (items.length === 0) raise('ValueError', `${name}() arg is an empty sequence`, at);
    return items.reduce((a, b) => (truthy(compareOp(name === 'max' ? '>' : '<', b, a, at)) ? b : a));
  };
}

function len(v: PyVal | undefined, at: Site): PyVal {
  if (v?.t === 'str') return int([...v.v].length);
  if (v?.t === 'list' || v?.t === 'tuple') return int(v.items.length);
  if (v?.t === 'dict') return int(v.keys.length);
  return raise('TypeError', `object of type '${v ? typeName(v) : 'NoneType'}' has no len()`, at);
}

export function makeBuiltins(ip: () => Interp): Record<string, PyVal> {
  const b: Record<string, PyVal> = {
    print: fn('print', (args, kw) => {
      const sep = kw.sep && kw.sep.t === 'str' ? kw.sep.v : ' ';
      const end = kw.end && kw.end.t === 'str' ? kw.end.v : '\n';
      const toErr = kw.file?.t === 'obj' && kw.file.cls === 'TextIOWrapper' && kw.file.data === 'stderr';
      ip().write(toErr ? 'stderr' : 'stdout', args.map(pyStr).join(sep) + end, kw.flush ? truthy(kw.flush) : false);
      return NONE;
    }),
    str: fn('str', ([v]) => str(v ? pyStr(v) : '')),
    repr: fn('repr', ([v]) => str(repr(v ?? NONE))),
    int: fn('int', ([v], _k, at) => toInt(v, at)),
    float: fn('float', ([v], _k, at) => toFloat(v, at)),
    bool: fn('bool', ([v]) => bool(v ? truthy(v) : false)),
    len: fn('len', ([v], _k, at) => len(v, at)),
    abs: fn('abs', ([v], _k, at) => (v?.t === 'int' || v?.t === 'float' ? { t: v.t, v: Math.abs(v.v) } : raise('TypeError', `bad operand type for abs(): '${v ? typeName(v) : ''}'`, at))),
    round: fn('round', ([v, nd]) => {
      const n = v?.t === 'int' || v?.t === 'float' ? v.v : 0;
      if (nd?.t === 'int') return { t: 'float', v: Number(n.toFixed(nd.v)) };
      const r = Math.round(n);
      // Banker's rounding, as Python's round() does on .5.
      return int(Math.abs(n % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r);
    }),
    range: fn('range', (args, _k, at) => {
      const nums = args.map((a) => (a.t === 'int' ? a.v : raise('TypeError', `'${typeName(a)}' object cannot be interpreted as an integer`, at)));
      const [start, stop, step] = nums.length === 1 ? [0, nums[0], 1] : [nums[0], nums[1], nums[2] ?? 1];
      if (step === 0) raise('ValueError', 'range() arg 3 must not be zero', at);
      const items: PyVal[] = [];
      for (let i = start; step > 0 ? i < stop : i > stop; i += step) {
        items.push(int(i));
        if (items.length > 100_000) throw new PyUnsupported('ranges this long', at.line);
      }
      return { t: 'list', items };
    }),
    list: fn('list', ([v], _k, at) => ({ t: 'list', items: v ? iterate(v, at) : [] })),
    tuple: fn('tuple', ([v], _k, at) => ({ t: 'tuple', items: v ? iterate(v, at) : [] })),
    dict: fn('dict', (_a, kw) => ({ t: 'dict', keys: Object.keys(kw).map(str), vals: Object.values(kw) })),
    sum: fn('sum', ([v], _k, at) => iterate(v ?? { t: 'list', items: [] }, at).reduce<PyVal>((a, x) => ({ t: a.t === 'float' || x.t === 'float' ? 'float' : 'int', v: (a as { v: number }).v + (x.t === 'int' || x.t === 'float' ? x.v : raise('TypeError', `unsupported operand type(s) for +: 'int' and '${typeName(x)}'`, at)) }) as PyVal, int(0))),
    min: fn('min', minMax('min')),
    max: fn('max', minMax('max')),
    sorted: fn('sorted', ([v], kw, at) => {
      const items = iterate(v ?? NONE, at).sort((x, y) => (truthy(compareOp('<', x, y, at)) ? -1 : truthy(compareOp('>', x, y, at)) ? 1 : 0));
      if (kw.reverse && truthy(kw.reverse)) items.reverse();
      return { t: 'list', items };
    }),
    enumerate: fn('enumerate', ([v, s], _k, at) => ({ t: 'list', items: iterate(v ?? NONE, at).map((x, i) => ({ t: 'tuple', items: [int(i + (s?.t === 'int' ? s.v : 0)), x] })) })),
    zip: fn('zip', (args, _k, at) => {
      const lists = args.map((a) => iterate(a, at));
      const n = Math.min(...lists.map((l) => l.length));
      return { t: 'list', items: Array.from({ length: n }, (_, i) => ({ t: 'tuple', items: lists.map((l) => l[i]) })) };
    }),
    type: fn('type', ([v]) => ({ t: 'class', name: typeName(v ?? NONE), bases: [] })),
    isinstance: fn('isinstance', ([v, c]) => bool(!!v && !!c && c.t === 'class' && (typeName(v) === c.name || (v.t === 'exc' && v.bases.includes(c.name))))),
    input: fn('input', ([prompt]) => {
      if (prompt) ip().write('stdout', pyStr(prompt));
      throw new PyException(makeExc('EOFError', 'EOF when reading a line'));
    }),
    exit: fn('exit', ([code]) => {
      throw new PyException({ ...makeExc('SystemExit'), args: code ? [code] : [] });
    }),
    open: fn('open', (_a, _k, at) => {
      throw new PyUnsupported('open() (files)', at.line);
    }),
  };
  b.quit = b.exit;
  for (const name of Object.keys(EXCEPTION_BASES)) b[name] = { t: 'class', name, bases: EXCEPTION_BASES[name] };
  b.IOError = b.OSError;
  return b;
}
