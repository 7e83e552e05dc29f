// The tree-walking interpreter of the JavaScript model. Errors a script makes at run time become
// JsThrow with V8's wording for the image's Node version (`Cannot read property 'x' of undefined`
// in Node 10, `Cannot read properties of undefined (reading 'x')` from 16); constructs the
// model does not run are JsUnsupported.
import { JsUnsupported, type Expr, type Loc, type Stmt } from './jsAst';
import { memberOf } from './jsMethods';
import { Scope } from './jsScope';
import { HostFunc, isCallable, isObject, JsError, JsFunc, JsThrow, toNum, toStr, truthy, typeOf, type JsObject, type Value } from './jsValues';

class ReturnSignal {
  constructor(readonly value: Value) {}
}

export function throwError(name: string, message: string, loc: Loc | undefined): never {
  throw new JsThrow(new JsError(name, message, loc));
}

/** The source text V8 names in `x is not a function` (`app.gett`, `res.sendd`). */
function calleeText(e: Expr): string {
  if (e.t === 'name') return e.name;
  if (e.t === 'member') return `${calleeText(e.obj)}.${e.prop}`;
  if (e.t === 'call') return `${calleeText(e.callee)}(...)`;
  return '(intermediate value)';
}

export class Interp {
  readonly globals: Scope;
  /** Depth of nested calls: a runaway recursion stops as V8's does. */
  private depth = 0;

  constructor(
    readonly nodeMajor: number,
    builtins: Record<string, Value>,
  ) {
    const root = new Scope();
    for (const [k, v] of Object.entries(builtins)) root.declare(k, v, true);
    this.globals = new Scope(root);
  }

  runProgram(body: Stmt[]): void {
    this.hoist(body, this.globals);
    for (const s of body) this.exec(s, this.globals);
  }

  private hoist(body: Stmt[], scope: Scope): void {
    for (const s of body) if (s.t === 'function') scope.declare(s.name, new JsFunc(s.func as Extract<Expr, { t: 'func' }>, scope, s.name));
  }

  private exec(s: Stmt, scope: Scope): void {
    switch (s.t) {
      case 'empty':
      case 'function':
        return;
      case 'expr':
        this.eval(s.expr, scope);
        return;
      case 'decl':
        for (const d of s.decls) {
          const v = d.init ? this.eval(d.init, scope, d.name) : undefined;
          if (d.pattern) {
            for (const n of d.pattern) scope.declare(n, this.get(v, n, s), s.kind === 'const');
          } else scope.declare(d.name, v, s.kind === 'const');
        }
        return;
      case 'return':
        throw new ReturnSignal(s.arg ? this.eval(s.arg, scope) : undefined);
      case 'if':
        this.runBlock(truthy(this.eval(s.test, scope)) ? s.then : (s.else ?? []), scope);
        return;
      case 'block':
        this.runBlock(s.body, scope);
    }
  }

  private runBlock(body: Stmt[], outer: Scope): void {
    const scope = new Scope(outer);
    this.hoist(body, scope);
    for (const s of body) this.exec(s, scope);
  }

  call(f: Value, args: Value[], loc: Loc, text = 'expression'): Value {
    if (f instanceof HostFunc) return f.call(args, loc);
    if (!(f instanceof JsFunc)) return throwError('TypeError', `${text} is not a function`, loc);
    if (++this.depth > 2000) throwError('RangeError', 'Maximum call stack size exceeded', loc);
    try {
      const scope = new Scope(f.scope);
      f.node.params.forEach((p, i) => scope.declare(p, args[i]));
      if (!Array.isArray(f.node.body)) return this.eval(f.node.body, scope);
      try {
        this.hoist(f.node.body, scope);
        for (const s of f.node.body) this.exec(s, scope);
      } catch (e) {
        if (e instanceof ReturnSignal) return e.value;
        throw e;
      }
      return undefined;
    } finally {
      this.depth--;
    }
  }

  /** Property read with V8's TypeError on undefined/null. */
  get(obj: Value, prop: string, loc: Loc): Value {
    if (obj === undefined || obj === null) {
      const what = obj === null ? 'null' : 'undefined';
      return throwError('TypeError', this.nodeMajor >= 16 ? `Cannot read properties of ${what} (reading '${prop}')` : `Cannot read property '${prop}' of ${what}`, loc);
    }
    if (isObject(obj)) return Object.hasOwn(obj, prop) ? obj[prop] : undefined;
    return memberOf(this, obj, prop, loc);
  }

  private set(obj: Value, prop: string, value: Value, loc: Loc): void {
    if (obj === undefined || obj === null) {
      const what = obj === null ? 'null' : 'undefined';
      throwError('TypeError', this.nodeMajor >= 16 ? `Cannot set properties of ${what} (setting '${prop}')` : `Cannot set property '${prop}' of ${what}`, loc);
    }
    if (isObject(obj)) obj[prop] = value;
    else if (Array.isArray(obj) && /^\d+$/.test(prop)) obj[Number(prop)] = value;
    else throw new JsUnsupported('setting properties on this value', loc.line);
  }

  private lookup(name: string, scope: Scope, loc: Loc): Value {
    const b = scope.find(name);
    if (!b) return throwError('ReferenceError', `${name} is not defined`, loc);
    return b.value;
  }

  private assign(target: Expr, value: Value, scope: Scope): void {
    if (target.t === 'name') {
      let s: Scope | undefined = scope;
      while (s && !s.own().some(([k]) => k === target.name)) s = s.parent;
      if (!s) {
        // Sloppy-mode scripts create a global on assignment to an undeclared name.
        this.globals.declare(target.name, value);
        return;
      }
      if (s.find(target.name)!.constant) throwError('TypeError', 'Assignment to constant variable.', target);
      s.declare(target.name, value);
    } else if (target.t === 'member') this.set(this.eval(target.obj, scope), target.prop, value, target);
    else if (target.t === 'index') this.set(this.eval(target.obj, scope), toStr(this.eval(target.index, scope)), value, target);
  }

  eval(e: Expr, scope: Scope, nameHint = ''): Value {
    switch (e.t) {
      case 'num':
      case 'str':
      case 'lit':
        return e.v;
      case 'template':
        return e.strs.reduce((acc, s, i) => acc + s + (i < e.exprs.length ? toStr(this.eval(e.exprs[i], scope)) : ''), '');
      case 'name':
        return this.lookup(e.name, scope, e);
      case 'array':
        return e.items.map((x) => this.eval(x, scope));
      case 'object': {
        const o: JsObject = {};
        for (const p of e.props) o[p.key] = this.eval(p.value, scope, p.key);
        return o;
      }
      case 'func':
        return new JsFunc(e, scope, e.name || nameHint);
      case 'member': {
        const obj = this.eval(e.obj, scope);
        if (e.optional && (obj === undefined || obj === null)) return undefined;
        return this.get(obj, e.prop, e);
      }
      case 'index':
        return this.get(this.eval(e.obj, scope), toStr(this.eval(e.index, scope)), e);
      case 'call': {
        const f = this.eval(e.callee, scope);
        const args = e.args.map((a) => this.eval(a, scope));
        if (!isCallable(f)) throwError('TypeError', `${calleeText(e.callee)} is not a function`, e);
        return this.call(f, args, e, calleeText(e.callee));
      }
      case 'new': {
        const f = this.eval(e.callee, scope);
        if (f instanceof HostFunc && f.name === 'Error') return f.call(e.args.map((a) => this.eval(a, scope)), e);
        throw new JsUnsupported("'new' with this constructor", e.line);
      }
      case 'unary': {
        if (e.op === 'typeof') return e.arg.t === 'name' && !scope.has(e.arg.name) ? 'undefined' : typeOf(this.eval(e.arg, scope));
        const v = this.eval(e.arg, scope);
        if (e.op === '!') return !truthy(v);
        if (e.op === '-') return -toNum(v);
        if (e.op === '+') return toNum(v);
        if (e.op === 'void') return undefined;
        throw new JsUnsupported("'delete'", e.line);
      }
      case 'update': {
        const old = toNum(this.eval(e.target, scope));
        const v = e.op === '++' ? old + 1 : old - 1;
        this.assign(e.target, v, scope);
        return e.prefix ? v : old;
      }
      case 'binary':
        return this.binary(e.op, this.eval(e.left, scope), this.eval(e.right, scope));
      case 'logical': {
        const l = this.eval(e.left, scope);
        if (e.op === '&&') return truthy(l) ? this.eval(e.right, scope) : l;
        if (e.op === '||') return truthy(l) ? l : this.eval(e.right, scope);
        return l === undefined || l === null ? this.eval(e.right, scope) : l;
      }
      case 'cond':
        return truthy(this.eval(e.test, scope)) ? this.eval(e.then, scope) : this.eval(e.else, scope);
      case 'assign': {
        let v = this.eval(e.value, scope, e.target.t === 'name' ? e.target.name : '');
        if (e.op !== '=') v = this.binary(e.op.slice(0, -1), this.eval(e.target, scope), v);
        this.assign(e.target, v, scope);
        return v;
      }
    }
  }

  binary(op: string, l: Value, r: Value): Value {
    switch (op) {
      case '+':
        if (typeof l === 'string' || typeof r === 'string' || (typeof l === 'object' && l !== null) || (typeof r === 'object' && r !== null)) return toStr(l) + toStr(r);
        return toNum(l) + toNum(r);
      case '-':
        return toNum(l) - toNum(r);
      case '*':
        return toNum(l) * toNum(r);
      case '/':
        return toNum(l) / toNum(r);
      case '%':
        return toNum(l) % toNum(r);
      case '===':
        return l === r;
      case '!==':
        return l !== r;
      case '==':
        return looseEquals(l, r);
      case '!=':
        return !looseEquals(l, r);
      default: {
        const [a, b] = typeof l === 'string' && typeof r === 'string' ? [l, r] : [toNum(l), toNum(r)];
        return op === '<' ? a < b : op === '>' ? a > b : op === '<=' ? a <= b : a >= b;
      }
    }
  }
}

function looseEquals(l: Value, r: Value): boolean {
  if ((l === null || l === undefined) && (r === null || r === undefined)) return true;
  if (l === null || l === undefined || r === null || r === undefined) return false;
  if (typeof l === typeof r) return l === r;
  return toNum(l) === toNum(r);
}
