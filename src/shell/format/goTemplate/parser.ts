// The text/template parser: items to a tree, with Go's parse-time checks and messages
// ("function \"foo\" not defined", "unexpected \"}\" in operand", "undefined variable" …).
import type { ArgNode, BranchNode, CommandNode, EndOrElseNode, ListNode, Node, PipeNode, VariableNode } from './ast';
import { nodeString } from './ast';
import { goQuote } from '../goQuote';
import { ItemCursor } from './itemCursor';
import { lex, type Item } from './lexer';
import { parseNumber, SyntaxErr, unquote } from './unquote';

class Parser extends ItemCursor {
  private vars: string[] = ['$'];
  private rangeDepth = 0;

  constructor(
    items: Item[],
    private readonly funcs: ReadonlySet<string>,
  ) {
    super(items);
  }

  parse(): ListNode {
    const root: ListNode = { type: 'list', pos: this.peek().pos, nodes: [] };
    while (this.peek().type !== 'eof') {
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') this.errorf(`unexpected ${nodeString(n)}`);
      root.nodes.push(n);
    }
    return root;
  }

  textOrAction(): Node {
    const t = this.nextNonSpace();
    if (t.type === 'text') return { type: 'text', pos: t.pos, text: t.val };
    if (t.type === 'leftDelim') {
      this.actionLine = t.line;
      try {
        return this.action();
      } finally {
        this.actionLine = 0;
      }
    }
    this.unexpected(t, 'input');
  }

  action(): Node {
    const t = this.nextNonSpace();
    if (t.type === 'keyword') {
      switch (t.val) {
        case 'break':
        case 'continue':
          return this.loopControl(t);
        case 'else':
          return this.elseControl();
        case 'end':
          return { type: 'end', pos: this.expect('rightDelim', 'end').pos, line: t.line };
        case 'if':
        case 'range':
        case 'with':
          return this.branch(t.val);
        default:
          this.errorf(`{{${t.val}}} is not supported`);
      }
    }
    this.backup();
    const first = this.peek();
    return { type: 'action', pos: first.pos, line: first.line, pipe: this.pipeline('command', 'rightDelim') };
  }

  loopControl(t: Item): Node {
    const after = this.nextNonSpace();
    if (after.type !== 'rightDelim') this.unexpected(after, `{{${t.val}}}`);
    if (this.rangeDepth === 0) this.errorf(`{{${t.val}}} outside {{range}}`);
    return { type: t.val as 'break' | 'continue', pos: t.pos };
  }

  elseControl(): EndOrElseNode {
    const p = this.peekNonSpace();
    if (p.type === 'keyword' && (p.val === 'if' || p.val === 'with')) return { type: 'else', pos: p.pos, line: p.line };
    const t = this.expect('rightDelim', 'else');
    return { type: 'else', pos: t.pos, line: t.line };
  }

  itemList(): { list: ListNode; next: Node } {
    const list: ListNode = { type: 'list', pos: this.peekNonSpace().pos, nodes: [] };
    while (this.peekNonSpace().type !== 'eof') {
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') return { list, next: n };
      list.nodes.push(n);
    }
    this.errorf('unexpected EOF');
  }

  branch(context: 'if' | 'range' | 'with'): BranchNode {
    const mark = this.vars.length;
    try {
      const pipe = this.pipeline(context, 'rightDelim');
      if (context === 'range') this.rangeDepth++;
      const { list, next } = this.itemList();
      if (context === 'range') this.rangeDepth--;
      let elseList: ListNode | undefined;
      if (next.type === 'else') {
        const p = this.peek();
        if ((context === 'if' || context === 'with') && p.type === 'keyword' && p.val === context) {
          this.next();
          elseList = { type: 'list', pos: next.pos, nodes: [this.branch(context)] };
        } else {
          const rest = this.itemList();
          if (rest.next.type !== 'end') this.errorf(`expected end; found ${nodeString(rest.next)}`);
          elseList = rest.list;
        }
      }
      return { type: context, pos: pipe.pos, line: pipe.line, pipe, list, elseList };
    } finally {
      this.vars.length = mark;
    }
  }

  pipeline(context: string, end: 'rightDelim' | 'rightParen'): PipeNode {
    const first = this.peekNonSpace();
    const pipe: PipeNode = { type: 'pipe', pos: first.pos, line: first.line, isAssign: false, decl: [], cmds: [] };
    for (;;) {
      const v = this.peekNonSpace();
      if (v.type !== 'variable') break;
      const start = this.i;
      this.nextNonSpace();
      const nx = this.peekNonSpace();
      if (nx.type === 'assign' || nx.type === 'declare') {
        pipe.isAssign = nx.type === 'assign';
        this.nextNonSpace();
        pipe.decl.push({ type: 'variable', pos: v.pos, ident: [v.val] });
        this.vars.push(v.val);
        break;
      } else if (nx.type === 'char' && nx.val === ',') {
        this.nextNonSpace();
        pipe.decl.push({ type: 'variable', pos: v.pos, ident: [v.val] });
        this.vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const p = this.peekNonSpace().type;
          if (p === 'variable' || p === 'rightDelim' || p === 'rightParen') continue;
          this.errorf('range can only initialize variables');
        }
        this.errorf(`too many declarations in ${context}`);
      } else {
        this.i = start;
        break;
      }
    }
    for (;;) {
      const t = this.nextNonSpace();
      if (t.type === end) {
        this.checkPipeline(pipe, context);
        return pipe;
      }
      switch (t.type) {
        case 'bool': case 'charConstant': case 'dot': case 'field': case 'identifier': case 'number':
        case 'nil': case 'rawString': case 'string': case 'variable': case 'leftParen':
          this.backup();
          pipe.cmds.push(this.command());
          break;
        default:
          this.unexpected(t, context);
      }
    }
  }

  checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    pipe.cmds.slice(1).forEach((c, i) => {
      if (['bool', 'dot', 'nil', 'number', 'string'].includes(c.args[0].type)) this.errorf(`non executable command in pipeline stage ${i + 2}`);
    });
  }

  command(): CommandNode {
    const cmd: CommandNode = { type: 'command', pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const t = this.next();
      if (t.type === 'space') continue;
      if (t.type === 'rightDelim' || t.type === 'rightParen') this.backup();
      else if (t.type !== 'pipe') this.unexpected(t, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  operand(): ArgNode | undefined {
    const node = this.term();
    if (!node) return undefined;
    if (this.peek().type !== 'field') return node;
    const pos = this.peek().pos;
    const fields: string[] = [];
    while (this.peek().type === 'field') fields.push(this.next().val.slice(1));
    switch (node.type) {
      case 'field':
        return { type: 'field', pos, ident: [...node.ident, ...fields] };
      case 'variable':
        return { type: 'variable', pos, ident: [...node.ident, ...fields] };
      case 'bool': case 'string': case 'number': case 'nil': case 'dot':
        this.errorf(`unexpected . after term ${goQuote(nodeString(node))}`);
      // falls through: errorf never returns
      default:
        return { type: 'chain', pos, node, field: fields };
    }
  }

  term(): ArgNode | undefined {
    const t = this.nextNonSpace();
    try {
      switch (t.type) {
        case 'identifier':
          if (!this.funcs.has(t.val)) this.errorf(`function ${goQuote(t.val)} not defined`);
          return { type: 'identifier', pos: t.pos, name: t.val };
        case 'dot':
          return { type: 'dot', pos: t.pos };
        case 'nil':
          return { type: 'nil', pos: t.pos };
        case 'variable':
          return this.useVar(t);
        case 'field':
          return { type: 'field', pos: t.pos, ident: [t.val.slice(1)] };
        case 'bool':
          return { type: 'bool', pos: t.pos, value: t.val === 'true' };
        case 'charConstant':
        case 'number': {
          const { value, isInt } = parseNumber(t.val, t.type === 'charConstant');
          return { type: 'number', pos: t.pos, text: t.val, value, isInt };
        }
        case 'leftParen':
          return this.pipeline('parenthesized pipeline', 'rightParen');
        case 'string':
        case 'rawString':
          return { type: 'string', pos: t.pos, quoted: t.val, text: unquote(t.val) };
      }
    } catch (e) {
      if (e instanceof SyntaxErr) this.errorf(e.message);
      throw e;
    }
    this.backup();
    return undefined;
  }

  useVar(t: Item): VariableNode {
    if (!this.vars.includes(t.val)) this.errorf(`undefined variable ${goQuote(t.val)}`);
    return { type: 'variable', pos: t.pos, ident: [t.val] };
  }
}

/** Parses a template; `funcs` are the names callable in it (Go checks them at parse time). */
export function parseTree(src: string, funcs: ReadonlySet<string>): ListNode {
  return new Parser(lex(src), funcs).parse();
}
