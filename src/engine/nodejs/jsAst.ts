// The AST of the JavaScript subset (CommonJS scripts: require, const/let/var, functions and
// arrows, calls, members, object/array literals, template literals, if/return), and the two
// exceptions the front end throws: V8's SyntaxError, and our honest "not supported" for a
// construct the model does not run.

export interface Loc {
  line: number;
  col: number;
}

export type Expr = (
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'template'; strs: string[]; exprs: Expr[] }
  | { t: 'name'; name: string }
  | { t: 'lit'; v: boolean | null | undefined }
  | { t: 'array'; items: Expr[] }
  | { t: 'object'; props: { key: string; value: Expr }[] }
  | { t: 'func'; name: string; params: string[]; body: Stmt[] | Expr; arrow: boolean }
  | { t: 'member'; obj: Expr; prop: string; optional: boolean }
  | { t: 'index'; obj: Expr; index: Expr }
  | { t: 'call'; callee: Expr; args: Expr[] }
  | { t: 'new'; callee: Expr; args: Expr[] }
  | { t: 'unary'; op: string; arg: Expr }
  | { t: 'update'; op: '++' | '--'; prefix: boolean; target: Expr }
  | { t: 'binary'; op: string; left: Expr; right: Expr }
  | { t: 'logical'; op: '&&' | '||' | '??'; left: Expr; right: Expr }
  | { t: 'cond'; test: Expr; then: Expr; else: Expr }
  | { t: 'assign'; op: string; target: Expr; value: Expr }
) &
  Loc;

export type Stmt = (
  | { t: 'decl'; kind: 'const' | 'let' | 'var'; decls: { name: string; init?: Expr; pattern?: string[] }[] }
  | { t: 'expr'; expr: Expr }
  | { t: 'function'; name: string; func: Expr }
  | { t: 'return'; arg?: Expr }
  | { t: 'if'; test: Expr; then: Stmt[]; else?: Stmt[] }
  | { t: 'block'; body: Stmt[] }
  | { t: 'empty' }
) &
  Loc;

export class JsSyntaxError {
  constructor(
    readonly message: string,
    readonly line: number,
    readonly col: number,
    /** How many characters V8's caret line marks (`^^^^^` under a bad token). */
    readonly len = 1,
  ) {}
}

export class JsUnsupported {
  constructor(
    /** What the model does not run, as the message names it: `'class' declarations`. */
    readonly construct: string,
    readonly line: number,
  ) {}
}
