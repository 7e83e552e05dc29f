// The shell's syntax tree: plain data, discriminated by `t`.

/** A piece of a word. `quoted` parts are not field-split (and not globbed). */
export type WordPart =
  | { t: 'lit'; v: string; quoted: boolean }
  | { t: 'var'; name: string; quoted: boolean }
  | { t: 'cmdsub'; script: Script; quoted: boolean }
  /** `$(( expr ))`: the expression's text, expanded and evaluated when the word is. */
  | { t: 'arith'; expr: string; quoted: boolean };

export interface Word {
  parts: WordPart[];
}

export interface Assignment {
  name: string;
  value: Word;
}

export type Redirect =
  | { t: 'file'; fd: number; op: '>' | '>>' | '<'; target: Word }
  /** `2>&1`, `>&2`: fd becomes a copy of `to`. */
  | { t: 'dup'; fd: number; to: number }
  /** Here-document: the body, already split into parts when the delimiter was unquoted. */
  | { t: 'heredoc'; fd: number; body: Word; expand: boolean };

export interface SimpleCommand {
  t: 'simple';
  assigns: Assignment[];
  words: Word[];
  redirects: Redirect[];
}

/** `( list )`: runs in a copy of the shell's cwd and variables. */
export interface Subshell {
  t: 'subshell';
  body: Script;
  redirects: Redirect[];
}

/** `{ list; }`: runs in the current shell. */
export interface Group {
  t: 'group';
  body: Script;
  redirects: Redirect[];
}

export interface IfCommand {
  t: 'if';
  /** `if`/`elif` conditions with their `then` bodies, in order. */
  clauses: { cond: Script; body: Script }[];
  orElse: Script | null;
  redirects: Redirect[];
}

export interface ForCommand {
  t: 'for';
  name: string;
  /** null: `for x; do` (the positional parameters, which we keep empty). */
  values: Word[] | null;
  body: Script;
  redirects: Redirect[];
}

export interface WhileCommand {
  t: 'while';
  until: boolean;
  cond: Script;
  body: Script;
  redirects: Redirect[];
}

export interface CaseCommand {
  t: 'case';
  subject: Word;
  arms: { patterns: Word[]; body: Script }[];
  redirects: Redirect[];
}

export type CompoundCommand = Subshell | Group | IfCommand | ForCommand | WhileCommand | CaseCommand;
export type Command = SimpleCommand | CompoundCommand;

export interface Pipeline {
  t: 'pipeline';
  negated: boolean;
  commands: Command[];
}

export interface AndOr {
  t: 'andor';
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
  background: boolean;
  /** The source text of a background item, for the job table (`[1]+  Done  sleep 10`). */
  text?: string;
}

export interface Script {
  t: 'script';
  items: AndOr[];
}
