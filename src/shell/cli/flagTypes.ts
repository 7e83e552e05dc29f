// Flag specifications for the docker CLI, as data. One shared parser (flags.ts) reads argv
// against a spec and reproduces pflag/cobra behaviour and error texts.

export type FlagKind =
  | 'bool'
  | 'string'
  | 'stringArray' // repeatable, each value kept (-e, -p, -v)
  | 'int'
  | 'duration'
  | 'bytes' // --memory 512m
  | 'decimal' // --cpus 1.5
  | 'list'; // comma-split repeatable (--cap-add)

export interface FlagSpec {
  long: string; // 'publish'
  short?: string; // 'p'
  kind: FlagKind;
  /** Value type word in help: 'string', 'list', 'int', 'bytes', 'decimal', 'duration'. */
  valueName?: string;
  description: string;
  /** Default as shown in help ('(default 10)'), when not the zero value. */
  defaultText?: string;
  hidden?: boolean;
  /** Other long names that mean the same flag (--net for --network). Hidden in help. */
  aliases?: string[];
}

export interface CommandSpec {
  /** Full path as typed: 'docker run', 'docker network create'. */
  path: string;
  /** Usage after the path: '[OPTIONS] IMAGE [COMMAND] [ARG...]'. */
  usage: string;
  /** One-line description shown under Usage. */
  description: string;
  /** The 18.03 description when it differed ('Run a command in a new container'). */
  classicDescription?: string;
  aliases?: string[]; // 'docker container run', 'docker container ls, docker container list, docker ps'
  /** A plugin command's `aliases` annotation, printed as it is (buildx's `docker build, …`). */
  aliasesText?: string;
  flags: FlagSpec[];
  /** pflag SetInterspersed(false): flags after the first positional belong to the command (run, exec). */
  stopAtFirstPositional?: boolean;
  args?: { min?: number; max?: number; exact?: number };
  /** Subcommands, for group commands like 'docker network'. */
  subcommands?: { name: string; description: string }[];
}

export type FlagValue = boolean | string | number | string[];

export interface ParsedArgs {
  /** Flag values by long name; repeatable flags give string[]. Unset flags are absent. */
  flags: Record<string, FlagValue>;
  positionals: string[];
  /** True when --help/-h was given. */
  help: boolean;
}
