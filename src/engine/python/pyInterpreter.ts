// Runs a parsed module: statements over scopes (module globals, one locals map per call),
// control flow by signals, and the bookkeeping a traceback needs: each exception records the
// frame it passes through (function, line, failing expression) on its way out.
import { PyUnsupported, type Expr, type Stmt } from './pyAst';
import { EXCEPTION_BASES, makeExc, PyException, raise, type Range } from './pyErrors';
import { binaryOp } from './pyOps';
import { BUILTIN_NAMES, STDLIB_MODULES, suggestName } from './pySuggest';
import type { PyVersion } from './pyVersion';
import { NONE, dictSet, str, truthy, typeName, type PyVal, type Site } from './pyValues';
import { evalExprWith, getAttr, iterate } from './pyEval';

export interface OutputChunk {
  stream: 'stdout' | 'stderr';
  text: string;
  /** print(…, flush=True) or sys.stdout.flush(): what is buffered goes out now. */
  flush?: boolean;
}

export interface PyHost {
  version: PyVersion;
  /** The script's path as Python names it in tracebacks. */
  file: string;
  env: Readonly<Record<string, string>>;
  hostname: string;
  /** A module beyond the interpreter's own (flask, redis, os …), or undefined when not installed. */
  importModule(interp: Interp, name: string, line: number): PyVal | undefined;
  builtins: Record<string, PyVal>;
}

class ReturnSignal {
  constructor(readonly value: PyVal) {}
}
class BreakSignal {}
class ContinueSignal {}

export interface Scope {
  locals?: Map<string, PyVal>;
  /** Names a function assigns (locals) minus its `global` ones. */
  localNames?: Set<string>;
  name: string;
}

const MAX_STEPS = 200_000;

export class Interp {
  readonly globals = new Map<string, PyVal>();
  readonly output: OutputChunk[] = [];
  private steps = 0;

  constructor(
    readonly host: PyHost,
    readonly lines: string[],
  ) {}

  get version(): PyVersion {
    return this.host.version;
  }

  write(stream: 'stdout' | 'stderr', text: string, flush = false): void {
    this.output.push({ stream, text, ...(flush ? { flush } : {}) });
  }

  runModule(body: Stmt[]): void {
    this.execBlock(body, { name: '<module>' });
  }

  execBlock(body: Stmt[], scope: Scope): void {
    for (const s of body) this.exec(s, scope);
  }

  private exec(s: Stmt, scope: Scope): void {
    if (++this.steps > MAX_STEPS) throw new PyUnsupported('programs that run this many steps (a long or endless loop)', s.line);
    try {
      this.execInner(s, scope);
    } catch (e) {
      if (e instanceof PyException && !e.placed) {
        const at = e.pending;
        const line = at?.line ?? s.line;
        // `python -c` code has no file to read lines from: its frames show no source.
        const text = this.host.file === '<string>' ? '' : (this.lines[line - 1] ?? '');
        e.frames.push({ file: this.host.file, line, name: scope.name, text, ...(at ? { range: at } : {}) });
        e.placed = true;
      }
      throw e;
    }
  }

  private execInner(s: Stmt, scope: Scope): void {
    switch (s.k) {
      case 'expr':
        this.eval(s.expr, scope);
        return;
      case 'assign': {
        const value = this.eval(s.value, scope);
        for (const t of s.targets) this.assign(t, value, scope);
        return;
      }
      case 'augassign': {
        const cur = this.eval(s.target, scope);
        const rhs = this.eval(s.value, scope);
        const at: Range = { line: s.line, col: s.col, endCol: s.endLine === s.line ? s.endCol : s.col + 1 };
        this.assign(s.target, binaryOp(s.op, cur, rhs, this.version, at), scope);
        return;
      }
      case 'import':
        for (const n of s.names) {
          const top = n.name.split('.')[0];
          const mod = this.importModule(n.asname ? n.name : top, s.line);
          this.setName(n.asname ?? top, mod, scope);
        }
        return;
      case 'from': {
        const mod = this.importModule(s.module, s.line);
        for (const n of s.names) {
          const v = mod.t === 'module' ? mod.attrs[n.name] : undefined;
          if (!v) {
            const where = this.version.minor >= 8 ? ` from '${s.module}' (${this.modulePath(s.module)})` : '';
            raise('ImportError', `cannot import name '${n.name}'${where}`);
          }
          this.setName(n.asname ?? n.name, v, scope);
        }
        return;
      }
      case 'def': {
        const defaults = s.params.filter((p) => p.dflt).map((p) => this.eval(p.dflt!, scope));
        let fn: PyVal = { t: 'func', def: s, defaults };
        for (const d of [...s.decorators].reverse()) fn = this.call(this.eval(d, scope), [fn], {}, { line: d.line, col: d.col, endCol: d.endCol });
        this.setName(s.name, fn, scope);
        return;
      }
      case 'return':
        throw new ReturnSignal(s.value ? this.eval(s.value, scope) : NONE);
      case 'if':
        this.execBlock(truthy(this.eval(s.test, scope)) ? s.body : s.orelse, scope);
        return;
      case 'for':
        for (const item of iterate(this.eval(s.iter, scope), s.iter)) {
          this.assign(s.target, item, scope);
          try {
            this.execBlock(s.body, scope);
          } catch (e) {
            if (e instanceof BreakSignal) break;
            if (!(e instanceof ContinueSignal)) throw e;
          }
        }
        return;
      case 'while':
        while (truthy(this.eval(s.test, scope))) {
          if (++this.steps > MAX_STEPS) throw new PyUnsupported('programs that run this many steps (a long or endless loop)', s.line);
          try {
            this.execBlock(s.body, scope);
          } catch (e) {
            if (e instanceof BreakSignal) break;
            if (!(e instanceof ContinueSignal)) throw e;
          }
        }
        return;
      case 'try':
        return this.execTry(s, scope);
      case 'raise': {
        if (!s.exc) throw new PyUnsupported('bare raise', s.line);
        let v = this.eval(s.exc, scope);
        if (v.t === 'class') v = { t: 'exc', cls: v.name, bases: v.bases, args: [], ...(v.module ? { module: v.module } : {}) };
        if (v.t !== 'exc') raise('TypeError', 'exceptions must derive from BaseException', { line: s.line, col: s.col, endCol: s.endCol });
        throw new PyException(v, { line: s.line, col: s.col, endCol: s.endCol });
      }
      case 'global':
        return;
      case 'pass':
        return;
      case 'break':
        throw new BreakSignal();
      case 'continue':
        throw new ContinueSignal();
    }
  }

  private execTry(s: Extract<Stmt, { k: 'try' }>, scope: Scope): void {
    try {
      try {
        this.execBlock(s.body, scope);
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        for (const h of s.handlers) {
          if (h.type && !this.matches(e, this.eval(h.type, scope))) continue;
          if (h.name) this.setName(h.name, e.exc, scope);
          this.execBlock(h.body, scope);
          return;
        }
        throw e;
      }
      this.execBlock(s.orelse, scope);
    } finally {
      this.execBlock(s.finalbody, scope);
    }
  }

  private matches(e: PyException, t: PyVal): boolean {
    if (t.t === 'tuple') return t.items.some((x) => this.matches(e, x));
    if (t.t !== 'class') return false;
    return e.exc.cls === t.name || e.exc.bases.includes(t.name);
  }

  private modulePath(module: string): string {
    const mm = `${this.version.full.split('.')[0]}.${this.version.minor}`;
    return `/usr/local/lib/python${mm}/site-packages/${module.replace(/\./g, '/')}/__init__.py`;
  }

  importModule(name: string, line: number): PyVal {
    const mod = this.host.importModule(this, name, line);
    if (mod) return mod;
    if (STDLIB_MODULES.has(name.split('.')[0])) throw new PyUnsupported(`the '${name}' module`, line);
    return raise('ModuleNotFoundError', `No module named '${name}'`);
  }

  setName(name: string, value: PyVal, scope: Scope): void {
    if (scope.locals && scope.localNames?.has(name)) scope.locals.set(name, value);
    else this.globals.set(name, value);
  }

  lookup(e: Extract<Expr, { k: 'name' }>, scope: Scope): PyVal {
    const at: Range = { line: e.line, col: e.col, endCol: e.endCol };
    if (scope.locals && scope.localNames?.has(e.id)) {
      const v = scope.locals.get(e.id);
      if (v) return v;
      const msg = this.version.minor >= 11 ? `cannot access local variable '${e.id}' where it is not associated with a value` : `local variable '${e.id}' referenced before assignment`;
      raise('UnboundLocalError', msg, at);
    }
    const v = this.globals.get(e.id) ?? (e.id === '__name__' ? str('__main__') : this.host.builtins[e.id]);
    if (v) return v;
    const ex = new PyException(makeExc('NameError', `name '${e.id}' is not defined`), at);
    const candidates = [...(scope.locals?.keys() ?? []), ...this.globals.keys(), ...BUILTIN_NAMES];
    ex.suggestion = suggestName(e.id, candidates);
    if (STDLIB_MODULES.has(e.id)) ex.importHint = e.id;
    throw ex;
  }

  assign(t: Expr, value: PyVal, scope: Scope): void {
    if (t.k === 'name') return this.setName(t.id, value, scope);
    const at: Range = { line: t.line, col: t.col, endCol: t.endCol };
    if (t.k === 'tuple' || t.k === 'list') {
      const items = iterate(value, t);
      if (items.length !== t.items.length) {
        raise('ValueError', items.length > t.items.length ? `too many values to unpack (expected ${t.items.length})` : `not enough values to unpack (expected ${t.items.length}, got ${items.length})`, at);
      }
      t.items.forEach((x, i) => this.assign(x, items[i], scope));
      return;
    }
    if (t.k === 'sub') {
      const obj = this.eval(t.obj, scope);
      const key = this.eval(t.index, scope);
      if (obj.t === 'dict') return dictSet(obj, key, value);
      if (obj.t === 'list' && key.t === 'int') {
        const i = key.v < 0 ? obj.items.length + key.v : key.v;
        if (i < 0 || i >= obj.items.length) raise('IndexError', 'list assignment index out of range', at);
        obj.items[i] = value;
        return;
      }
      raise('TypeError', `'${typeName(obj)}' object does not support item assignment`, at);
    }
    if (t.k === 'attr') {
      const obj = this.eval(t.obj, scope);
      if (obj.t === 'obj' || obj.t === 'module') {
        obj.attrs[t.name] = value;
        return;
      }
      raise('AttributeError', `'${typeName(obj)}' object has no attribute '${t.name}'`, at);
    }
  }

  eval(e: Expr, scope: Scope): PyVal {
    return evalExprWith(this, e, scope);
  }

  /** Call a value; a Python function gets its own frame. */
  call(fn: PyVal, args: PyVal[], kwargs: Record<string, PyVal>, site: Site): PyVal {
    if (fn.t === 'builtin') return fn.call(args, kwargs, site);
    if (fn.t === 'class') {
      if (fn.call) return fn.call(args, kwargs, site);
      return { t: 'exc', cls: fn.name, bases: fn.bases, args, ...(fn.module ? { module: fn.module } : {}) };
    }
    if (fn.t !== 'func') raise('TypeError', `'${typeName(fn)}' object is not callable`, site);
    return this.callFunction(fn, args, kwargs, site);
  }

  private callFunction(fn: Extract<PyVal, { t: 'func' }>, args: PyVal[], kwargs: Record<string, PyVal>, site: Site): PyVal {
    const { def } = fn;
    const params = def.params;
    const locals = new Map<string, PyVal>();
    const firstDefault = params.length - fn.defaults.length;
    if (args.length > params.length) {
      const takes = fn.defaults.length ? `from ${firstDefault} to ${params.length}` : `${params.length}`;
      raise('TypeError', `${def.name}() takes ${takes} positional argument${params.length === 1 && !fn.defaults.length ? '' : 's'} but ${args.length} ${args.length === 1 ? 'was' : 'were'} given`, site);
    }
    params.forEach((p, i) => {
      if (i < args.length) locals.set(p.name, args[i]);
    });
    for (const [k, v] of Object.entries(kwargs)) {
      if (!params.some((p) => p.name === k)) raise('TypeError', `${def.name}() got an unexpected keyword argument '${k}'`, site);
      locals.set(k, v);
    }
    const missing = params.filter((p, i) => !locals.has(p.name) && i < firstDefault).map((p) => `'${p.name}'`);
    if (missing.length) {
      const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
      raise('TypeError', `${def.name}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`, site);
    }
    params.forEach((p, i) => {
      if (!locals.has(p.name)) locals.set(p.name, fn.defaults[i - firstDefault]);
    });
    const scope: Scope = { locals, localNames: localNamesOf(def), name: def.name };
    try {
      this.execBlock(def.body, scope);
    } catch (e) {
      if (e instanceof ReturnSignal) return e.value;
      if (e instanceof PyException) {
        e.pending = { line: site.line, col: site.col, endCol: site.endCol };
        e.placed = false;
      }
      throw e;
    }
    return NONE;
  }

  getAttr(obj: PyVal, name: string, at: Range): PyVal {
    return getAttr(this, obj, name, at);
  }
}

/** Names a function binds (parameters, assignments, defs, loop targets), less its `global`s. */
function localNamesOf(def: Extract<Stmt, { k: 'def' }>): Set<string> {
  const names = new Set(def.params.map((p) => p.name));
  const globals = new Set<string>();
  const target = (t: Expr) => {
    if (t.k === 'name') names.add(t.id);
    if (t.k === 'tuple' || t.k === 'list') t.items.forEach(target);
  };
  const walk = (body: Stmt[]) => {
    for (const s of body) {
      if (s.k === 'assign') s.targets.forEach(target);
      else if (s.k === 'augassign') target(s.target);
      else if (s.k === 'for') {
        target(s.target);
        walk(s.body);
      }
      else if (s.k === 'def') names.add(s.name);
      else if (s.k === 'import' || s.k === 'from') s.names.forEach((n) => names.add(n.asname ?? n.name.split('.')[0]));
      else if (s.k === 'global') s.names.forEach((n) => globals.add(n));
      else if (s.k === 'if') {
        walk(s.body);
        walk(s.orelse);
      }
      else if (s.k === 'while') walk(s.body);
      else if (s.k === 'try') {
        walk(s.body);
        for (const h of s.handlers) {
          if (h.name) names.add(h.name);
          walk(h.body);
        }
        walk(s.orelse);
        walk(s.finalbody);
      }
    }
  };
  walk(def.body);
  for (const g of globals) names.delete(g);
  return names;
}

export const exceptionClass = (name: string, module?: string): PyVal => ({ t: 'class', name, bases: EXCEPTION_BASES[name] ?? ['Exception', 'BaseException'], ...(module ? { module } : {}) });

