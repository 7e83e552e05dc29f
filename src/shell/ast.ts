// The shell's syntax tree: plain data, discriminated by `t`.

/** A piece of a word. `quoted` parts are not field-split (and not globbed). */
export type WordPart =
  | { t: 'lit'; v: string; quoted: boolean }
  | { t: 'var'; name: string; quoted: boolean }
  | { t: 'cmdsub'; script: Script; quoted: boolean };

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

export interface Pipeline {
  t: 'pipeline';
  negated: boolean;
  commands: SimpleCommand[];
}

export interface AndOr {
  t: 'andor';
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
  background: boolean;
}

export interface Script {
  t: 'script';
  items: AndOr[];
}
