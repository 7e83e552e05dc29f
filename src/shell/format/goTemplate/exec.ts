// The text/template executor: walks a parsed tree over data (modelled as in goValues.ts) and
// reports failures exactly as Go does: `template: :1:2: executing "" at <.Foo>: …`.
// Evaluating pipelines and calls is evaluator.ts; this file writes text and runs the control flow.
import { nodeString, type BranchNode, type ListNode, type Node } from './ast';
import { Abort, Evaluator } from './evaluator';
import { formatValue, isTrue, kindOf, sortedKeys } from './goValues';
import { TemplateError } from './templateError';

export type { ExecSettings } from './evaluator';

class Break {}
class Continue {}

export class Executor extends Evaluator {
  private out = '';

  run(root: ListNode, data: unknown): string {
    this.vars = [{ name: '$', value: data }];
    try {
      this.walk(data, root);
    } catch (e) {
      if (e instanceof Abort) throw new TemplateError('exec', e.message, this.out);
      throw e;
    }
    return this.out;
  }

  private walk(dot: unknown, node: Node): void {
    this.at(node);
    switch (node.type) {
      case 'action': {
        const val = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) {
          this.at(node);
          if (kindOf(val) === 'func') this.errorf(`can't print ${nodeString(node)} of type func()`);
          this.out += formatValue(val, true);
        }
        return;
      }
      case 'text':
        this.out += node.text;
        return;
      case 'list':
        for (const n of node.nodes) this.walk(dot, n);
        return;
      case 'if':
      case 'with':
        return this.walkIfOrWith(dot, node);
      case 'range':
        return this.walkRange(dot, node);
      case 'break':
        throw new Break();
      case 'continue':
        throw new Continue();
      default:
        this.errorf('unknown node: ' + nodeString(node));
    }
  }

  private walkIfOrWith(dot: unknown, node: BranchNode): void {
    const mark = this.vars.length;
    try {
      const val = this.evalPipeline(dot, node.pipe);
      if (isTrue(val)) this.walk(node.type === 'with' ? val : dot, node.list);
      else if (node.elseList) this.walk(dot, node.elseList);
    } finally {
      this.vars.length = mark;
    }
  }

  private walkRange(dot: unknown, r: BranchNode): void {
    this.at(r);
    const outer = this.vars.length;
    try {
      const val = this.evalPipeline(dot, r.pipe);
      const mark = this.vars.length;
      const decl = r.pipe.decl;
      const one = (index: unknown, elem: unknown): boolean => {
        if (decl.length > 0) {
          if (r.pipe.isAssign) this.setVar(decl[0].ident[0], decl.length > 1 ? index : elem);
          else this.vars[this.vars.length - 1].value = elem;
        }
        if (decl.length > 1) {
          if (r.pipe.isAssign) this.setVar(decl[1].ident[0], elem);
          else this.vars[this.vars.length - 2].value = index;
        }
        try {
          this.walk(elem, r.list);
        } catch (e) {
          if (e instanceof Break) return false;
          if (!(e instanceof Continue)) throw e;
        } finally {
          this.vars.length = mark;
        }
        return true;
      };
      const k = kindOf(val);
      let ran = false;
      if (k === 'slice') {
        const arr = val as unknown[];
        for (let i = 0; i < arr.length; i++) {
          ran = true;
          if (!one(i, arr[i])) break;
        }
      } else if (k === 'map') {
        const o = val as Record<string, unknown>;
        for (const key of sortedKeys(o)) {
          ran = true;
          if (!one(key, o[key])) break;
        }
      } else if (k === 'int') {
        if (decl.length > 1) this.errorf(`can't use ${formatValue(val, false)} to iterate over more than one variable`);
        for (let i = 0; i < (val as number); i++) {
          ran = true;
          if (!one(i, i)) break;
        }
      } else if (k !== 'invalid' && k !== 'nil') {
        this.errorf(`range can't iterate over ${formatValue(val, false)}`);
      }
      if (!ran && r.elseList) this.walk(dot, r.elseList);
    } finally {
      this.vars.length = outer;
    }
  }
}
