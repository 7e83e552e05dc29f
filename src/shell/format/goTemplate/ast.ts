// The parse tree of a template, shaped like Go's text/template/parse nodes, and their String()
// forms, which Go prints as the context of execution errors ("at <.State.Foo>").
export interface FieldNode { type: 'field'; pos: number; ident: string[] }
export interface VariableNode { type: 'variable'; pos: number; ident: string[] }
export interface IdentifierNode { type: 'identifier'; pos: number; name: string }
export interface DotNode { type: 'dot'; pos: number }
export interface NilNode { type: 'nil'; pos: number }
export interface BoolNode { type: 'bool'; pos: number; value: boolean }
export interface NumberNode { type: 'number'; pos: number; text: string; value: number; isInt: boolean }
export interface StringNode { type: 'string'; pos: number; quoted: string; text: string }
export interface ChainNode { type: 'chain'; pos: number; node: ArgNode; field: string[] }
export interface PipeNode { type: 'pipe'; pos: number; line: number; isAssign: boolean; decl: VariableNode[]; cmds: CommandNode[] }
export interface CommandNode { type: 'command'; pos: number; args: ArgNode[] }

export type ArgNode = FieldNode | VariableNode | IdentifierNode | DotNode | NilNode | BoolNode | NumberNode | StringNode | ChainNode | PipeNode;

export interface TextNode { type: 'text'; pos: number; text: string }
export interface ActionNode { type: 'action'; pos: number; line: number; pipe: PipeNode }
export interface ListNode { type: 'list'; pos: number; nodes: Node[] }
export interface BranchNode { type: 'if' | 'range' | 'with'; pos: number; line: number; pipe: PipeNode; list: ListNode; elseList?: ListNode }
export interface LoopControlNode { type: 'break' | 'continue'; pos: number }
/** Only produced while parsing; never left in a finished tree. */
export interface EndOrElseNode { type: 'end' | 'else'; pos: number; line: number }

export type Node = TextNode | ActionNode | ListNode | BranchNode | LoopControlNode | EndOrElseNode;
export type AnyNode = Node | ArgNode | CommandNode;

export function nodeString(n: AnyNode): string {
  switch (n.type) {
    case 'field':
      return n.ident.map((i) => '.' + i).join('');
    case 'variable':
      return n.ident.join('.');
    case 'identifier':
      return n.name;
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'bool':
      return n.value ? 'true' : 'false';
    case 'number':
      return n.text;
    case 'string':
      return n.quoted;
    case 'chain': {
      const inner = n.node.type === 'pipe' ? '(' + nodeString(n.node) + ')' : nodeString(n.node);
      return inner + n.field.map((f) => '.' + f).join('');
    }
    case 'pipe': {
      let s = '';
      if (n.decl.length > 0) s = n.decl.map(nodeString).join(', ') + (n.isAssign ? ' = ' : ' := ');
      return s + n.cmds.map(nodeString).join(' | ');
    }
    case 'command':
      return n.args.map((a) => (a.type === 'pipe' ? '(' + nodeString(a) + ')' : nodeString(a))).join(' ');
    case 'text':
      return n.text;
    case 'action':
      return '{{' + nodeString(n.pipe) + '}}';
    case 'list':
      return n.nodes.map(nodeString).join('');
    case 'if':
    case 'range':
    case 'with':
      return '{{' + n.type + ' ' + nodeString(n.pipe) + '}}' + nodeString(n.list) + (n.elseList ? '{{else}}' + nodeString(n.elseList) : '') + '{{end}}';
    case 'break':
    case 'continue':
    case 'end':
    case 'else':
      return '{{' + n.type + '}}';
  }
}
