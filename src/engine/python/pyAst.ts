// The syntax tree of the Python subset: plain data, so a parsed program could sit in the world.

export interface Pos {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

export type FPart = string | { expr: Expr; conv?: string; spec?: string };

export type Expr = Pos &
  (
    | { k: 'name'; id: string }
    | { k: 'const'; value: string | number | boolean | null; float?: boolean }
    | { k: 'fstr'; parts: FPart[] }
    | { k: 'attr'; obj: Expr; name: string }
    | { k: 'call'; fn: Expr; args: Expr[]; kwargs: { name: string; value: Expr }[] }
    | { k: 'sub'; obj: Expr; index: Expr }
    | { k: 'bin'; op: string; left: Expr; right: Expr; opCol: number }
    | { k: 'unary'; op: string; operand: Expr }
    | { k: 'bool'; op: 'and' | 'or'; left: Expr; right: Expr }
    | { k: 'cmp'; ops: string[]; operands: Expr[] }
    | { k: 'list'; items: Expr[] }
    | { k: 'tuple'; items: Expr[] }
    | { k: 'dict'; keys: Expr[]; values: Expr[] }
    | { k: 'ifexp'; test: Expr; body: Expr; orelse: Expr }
  );

export interface Handler {
  type?: Expr;
  name?: string;
  body: Stmt[];
}

export type Stmt = Pos &
  (
    | { k: 'expr'; expr: Expr }
    | { k: 'assign'; targets: Expr[]; value: Expr }
    | { k: 'augassign'; target: Expr; op: string; value: Expr }
    | { k: 'import'; names: { name: string; asname?: string }[] }
    | { k: 'from'; module: string; names: { name: string; asname?: string }[] }
    | { k: 'def'; name: string; params: { name: string; dflt?: Expr }[]; body: Stmt[]; decorators: Expr[] }
    | { k: 'return'; value?: Expr }
    | { k: 'if'; test: Expr; body: Stmt[]; orelse: Stmt[] }
    | { k: 'for'; target: Expr; iter: Expr; body: Stmt[] }
    | { k: 'while'; test: Expr; body: Stmt[] }
    | { k: 'try'; body: Stmt[]; handlers: Handler[]; orelse: Stmt[]; finalbody: Stmt[] }
    | { k: 'raise'; exc?: Expr }
    | { k: 'global'; names: string[] }
    | { k: 'pass' }
    | { k: 'break' }
    | { k: 'continue' }
  );

/** A construct the model does not run: named in the honest one-line message. */
export class PyUnsupported extends Error {
  readonly construct: string;
  readonly line: number;

  constructor(construct: string, line: number) {
    super(construct);
    this.name = 'PyUnsupported';
    this.construct = construct;
    this.line = line;
  }
}
