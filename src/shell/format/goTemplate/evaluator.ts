// The evaluation half of the text/template executor: pipelines, commands, fields, function
// calls and argument types, with Go's error texts and positions. exec.ts walks the tree on top.
import { goQuote } from '../goQuote';
import { byteLength } from '../runeWidth';
import { nodeString, type AnyNode, type ArgNode, type ChainNode, type CommandNode, type FieldNode, type IdentifierNode, type PipeNode, type VariableNode } from './ast';
import { FuncError, PARAM_GO_TYPE, type FuncDef, type ParamType } from './funcTypes';
import { isTrue, kindOf, typeName } from './goValues';

const MISSING: unique symbol = Symbol('missing');
type Final = unknown | typeof MISSING;

/** A failed execution; run() turns it into the TemplateError Go would return. */
export class Abort {
  constructor(readonly message: string) {}
}

export interface ExecSettings {
  source: string;
  funcs: Record<string, FuncDef>;
  missingKey: 'default' | 'zero' | 'error';
  /** Go before 1.16 cut the error context to 20 bytes and "...". */
  truncateContext: boolean;
}

export class Evaluator {
  protected vars: { name: string; value: unknown }[] = [];
  private node: AnyNode | undefined;

  constructor(private readonly cfg: ExecSettings) {}

  protected at(n: AnyNode): void {
    this.node = n;
  }

  protected errorf(msg: string): never {
    const n = this.node;
    if (!n) throw new Abort(`template: : ${msg}`);
    const text = this.cfg.source.slice(0, n.pos);
    const nl = text.lastIndexOf('\n');
    const col = byteLength(nl < 0 ? text : text.slice(nl + 1));
    const line = 1 + (text.match(/\n/g)?.length ?? 0);
    let context = nodeString(n);
    if (this.cfg.truncateContext && byteLength(context) > 20) context = Array.from(context).slice(0, 20).join('') + '...';
    throw new Abort(`template: :${line}:${col}: executing "" at <${context}>: ${msg}`);
  }

  protected setVar(name: string, value: unknown): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i].name === name) {
        this.vars[i].value = value;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }

  private varValue(name: string): unknown {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i].name === name) return this.vars[i].value;
    this.errorf(`undefined variable: ${name}`);
  }

  protected evalPipeline(dot: unknown, pipe: PipeNode): unknown {
    this.at(pipe);
    let value: Final = MISSING;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      // Go digs into interface{} values after each stage, turning a nil interface invalid.
      if (value === null) value = undefined;
    }
    for (const v of pipe.decl) {
      if (pipe.isAssign) this.setVar(v.ident[0], value);
      else this.vars.push({ name: v.ident[0], value });
    }
    return value;
  }

  private notAFunction(args: ArgNode[], final: Final): void {
    if (args.length > 1 || final !== MISSING) this.errorf(`can't give argument to non-function ${nodeString(args[0])}`);
  }

  private evalCommand(dot: unknown, cmd: CommandNode, final: Final): unknown {
    const first = cmd.args[0];
    switch (first.type) {
      case 'field':
        return this.evalFieldNode(dot, first, cmd.args, final);
      case 'chain':
        return this.evalChainNode(dot, first, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable':
        return this.evalVariableNode(dot, first, cmd.args, final);
    }
    this.at(first);
    this.notAFunction(cmd.args, final);
    switch (first.type) {
      case 'bool':
        return first.value;
      case 'dot':
        return dot;
      case 'nil':
        this.errorf('nil is not a command');
      // falls through: errorf never returns
      case 'number':
        return first.value;
      case 'string':
        return first.text;
    }
  }

  private evalFieldNode(dot: unknown, field: FieldNode, args: ArgNode[] | undefined, final: Final): unknown {
    this.at(field);
    return this.evalFieldChain(dot, dot, field, field.ident, args, final);
  }

  private evalChainNode(dot: unknown, chain: ChainNode, args: ArgNode[] | undefined, final: Final): unknown {
    this.at(chain);
    if (chain.node.type === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
    const pipe = this.evalArg(dot, 'value', chain.node);
    return this.evalFieldChain(dot, pipe, chain, chain.field, args, final);
  }

  private evalVariableNode(dot: unknown, v: VariableNode, args: ArgNode[] | undefined, final: Final): unknown {
    this.at(v);
    const value = this.varValue(v.ident[0]);
    if (v.ident.length === 1) {
      this.notAFunction(args ?? [v], final);
      return value;
    }
    return this.evalFieldChain(dot, value, v, v.ident.slice(1), args, final);
  }

  private evalFieldChain(dot: unknown, receiver: unknown, node: AnyNode, ident: string[], args: ArgNode[] | undefined, final: Final): unknown {
    let r = receiver;
    for (let i = 0; i < ident.length - 1; i++) r = this.evalField(dot, ident[i], node, undefined, MISSING, r);
    return this.evalField(dot, ident[ident.length - 1], node, args, final, r);
  }

  private evalField(dot: unknown, name: string, node: AnyNode, args: ArgNode[] | undefined, final: Final, receiver: unknown): unknown {
    if (receiver === undefined) {
      if (this.cfg.missingKey === 'error') this.errorf(`nil data; no entry for key ${goQuote(name)}`);
      return undefined;
    }
    if (receiver === null) this.errorf(`nil pointer evaluating interface {}.${name}`);
    const k = kindOf(receiver);
    const hasArgs = (args !== undefined && args.length > 1) || final !== MISSING;
    if (k === 'struct' || k === 'map') {
      const o = receiver as Record<string, unknown>;
      const has = Object.prototype.hasOwnProperty.call(o, name);
      const v = has ? o[name] : undefined;
      if (typeof v === 'function') {
        const method: FuncDef = { params: [], variadic: 'any', fn: (...a) => (v as (...x: unknown[]) => unknown).apply(o, a) };
        return this.evalCall(dot, method, false, node, name, args, final);
      }
      if (k === 'struct' && has) {
        if (hasArgs) this.errorf(`${name} has arguments but cannot be invoked as function`);
        return v;
      }
      if (k === 'map') {
        if (hasArgs) this.errorf(`${name} is not a method but has arguments`);
        if (!has && this.cfg.missingKey === 'error') this.errorf(`map has no entry for key ${goQuote(name)}`);
        return v;
      }
    }
    this.errorf(`can't evaluate field ${name} in type ${typeName(receiver)}`);
  }

  private evalFunction(dot: unknown, node: IdentifierNode, cmd: AnyNode, args: ArgNode[] | undefined, final: Final): unknown {
    this.at(node);
    const fn = this.cfg.funcs[node.name];
    if (!fn) this.errorf(`${goQuote(node.name)} is not a defined function`);
    return this.evalCall(dot, fn, true, cmd, node.name, args, final);
  }

  private evalCall(dot: unknown, fn: FuncDef, isBuiltin: boolean, node: AnyNode, name: string, args: ArgNode[] | undefined, final: Final): unknown {
    const argNodes = args ? args.slice(1) : [];
    const numIn = argNodes.length + (final !== MISSING ? 1 : 0);
    let numFixed = argNodes.length;
    if (fn.variadic) {
      numFixed = fn.params.length;
      if (numIn < numFixed) this.errorf(`wrong number of args for ${name}: want at least ${numFixed} got ${argNodes.length}`);
    } else if (numIn !== fn.params.length) {
      this.errorf(`wrong number of args for ${name}: want ${fn.params.length} got ${numIn}`);
    }
    if (isBuiltin && (name === 'and' || name === 'or') && fn === this.cfg.funcs[name]) {
      let v: unknown;
      for (const a of argNodes) {
        v = this.evalArg(dot, 'value', a);
        if (isTrue(v) === (name === 'or')) return v;
      }
      return final !== MISSING ? final : v;
    }
    const argv: unknown[] = [];
    let i = 0;
    for (; i < numFixed && i < argNodes.length; i++) argv.push(this.evalArg(dot, fn.params[i], argNodes[i]));
    if (fn.variadic) for (; i < argNodes.length; i++) argv.push(this.evalArg(dot, fn.variadic, argNodes[i]));
    if (final !== MISSING) {
      const t = fn.variadic ? (numIn - 1 < numFixed ? fn.params[numIn - 1] : fn.variadic) : fn.params[fn.params.length - 1];
      argv.push(this.validateType(final, t));
    }
    try {
      return fn.fn(...argv);
    } catch (e) {
      if (!(e instanceof FuncError) && !(e instanceof Error)) throw e;
      this.at(node);
      this.errorf(`error calling ${name}: ${e.message}`);
    }
  }

  private evalArg(dot: unknown, typ: ParamType, n: ArgNode): unknown {
    this.at(n);
    switch (n.type) {
      case 'dot':
        return this.validateType(dot, typ);
      case 'nil':
        if (typ === 'any') return null;
        if (typ === 'value') return undefined;
        if (typ === 'stringSlice') return [];
        this.errorf(`cannot assign nil to ${PARAM_GO_TYPE[typ]}`);
      // falls through: errorf never returns
      case 'field':
        return this.validateType(this.evalFieldNode(dot, n, [n], MISSING), typ);
      case 'variable':
        return this.validateType(this.evalVariableNode(dot, n, undefined, MISSING), typ);
      case 'pipe':
        return this.validateType(this.evalPipeline(dot, n), typ);
      case 'identifier':
        return this.validateType(this.evalFunction(dot, n, n, undefined, MISSING), typ);
      case 'chain':
        return this.validateType(this.evalChainNode(dot, n, undefined, MISSING), typ);
    }
    switch (typ) {
      case 'bool':
        if (n.type === 'bool') return n.value;
        this.errorf(`expected bool; found ${nodeString(n)}`);
      // falls through: errorf never returns
      case 'int':
        if (n.type === 'number' && n.isInt) return n.value;
        this.errorf(`expected integer; found ${nodeString(n)}`);
      // falls through: errorf never returns
      case 'string':
        if (n.type === 'string') return n.text;
        this.errorf(`expected string; found ${nodeString(n)}`);
      // falls through: errorf never returns
      case 'stringSlice':
        this.errorf(`can't handle ${nodeString(n)} for arg of type []string`);
      // falls through: errorf never returns
      default:
        return n.type === 'bool' ? n.value : n.type === 'number' ? n.value : n.text;
    }
  }

  private validateType(value: unknown, typ: ParamType): unknown {
    if (value === undefined) {
      if (typ === 'any') return null;
      if (typ === 'value') return undefined;
      if (typ === 'stringSlice') return [];
      this.errorf(`invalid value; expected ${PARAM_GO_TYPE[typ]}`);
    }
    const k = kindOf(value);
    switch (typ) {
      case 'any':
      case 'value':
        return value;
      case 'string':
      case 'int':
      case 'bool':
        if (k === typ) return value;
        break;
      case 'stringSlice':
        if (Array.isArray(value) && value.every((e) => typeof e === 'string')) return value;
        break;
    }
    this.errorf(`wrong type for value; expected ${PARAM_GO_TYPE[typ]}; got ${typeName(value)}`);
  }
}
