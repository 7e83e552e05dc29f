// The parsed Dockerfile: what the parser (dockerfile/parseDockerfile.ts) hands to the builder.
// Words are kept raw (unexpanded): the builder expands $VAR/${VAR} with the build's ARG/ENV
// values at the step where Docker does (expandWord.ts), so one parse serves every build.

/** A command in shell form (`RUN apt-get update`) or exec form (`RUN ["echo", "hi"]`). */
export type CommandForm = { form: 'shell'; text: string } | { form: 'exec'; argv: string[] };

interface Base {
  /** 1-based first and last line in the file (continuations span lines). */
  line: number;
  endLine: number;
  /**
   * The instruction as the classic builder prints it in `Step N/M : …`: the keyword as
   * written, continuations joined (backslash-newline removed), comments inside dropped.
   */
  original: string;
}

export type Instruction = Base &
  (
    | { kind: 'FROM'; image: string; stage?: string; platform?: string }
    | { kind: 'RUN'; command: CommandForm }
    | { kind: 'CMD'; command: CommandForm }
    | { kind: 'ENTRYPOINT'; command: CommandForm }
    | { kind: 'COPY' | 'ADD'; sources: string[]; dest: string; from?: string; chown?: string; chmod?: string; jsonForm: boolean }
    | { kind: 'EXPOSE'; ports: string[] }
    | { kind: 'ENV'; pairs: [string, string][] }
    | { kind: 'ARG'; args: { name: string; defaultValue?: string }[] }
    | { kind: 'WORKDIR'; path: string }
    | { kind: 'USER'; user: string }
    | { kind: 'LABEL'; pairs: [string, string][] }
    | { kind: 'VOLUME'; paths: string[] }
    | {
        kind: 'HEALTHCHECK';
        /** null for `HEALTHCHECK NONE`. */
        test: CommandForm | null;
        interval?: string;
        timeout?: string;
        startPeriod?: string;
        retries?: number;
      }
    | { kind: 'STOPSIGNAL'; signal: string }
    | { kind: 'SHELL'; argv: string[] }
    | { kind: 'MAINTAINER'; name: string }
    | { kind: 'ONBUILD'; trigger: string }
  );

export type InstructionKind = Instruction['kind'];

export interface Dockerfile {
  /** The escape character from a `# escape=` parser directive ('\\' by default). */
  escape: '\\' | '`';
  /** Every instruction in file order, ARGs before the first FROM included. */
  instructions: Instruction[];
  /**
   * Lines the classic builder prints before `Step 1/N` (18.03's parser warned about empty
   * continuation lines: `[WARNING]: Empty continuation line found in:` …). BuildKit reports the
   * same through its linter, not as text in the build output.
   */
  warnings: string[];
}

/**
 * A Dockerfile that cannot be parsed. `message` is the core Docker prints in the era the parser
 * was asked for (`parseDockerfile(text, profile)`; e.g. `unknown instruction: FOO`); the builder
 * wraps it per profile (classic `Dockerfile parse error line 3: …`, BuildKit
 * `dockerfile parse error on line 3: …`) as `origin` says.
 */
export interface DockerfileParseError {
  line: number;
  message: string;
  /**
   * Which stage of Docker raises it, which decides how it is printed:
   * - `instruction`: the typed-instruction parser; both eras prefix the line
   *   (`Dockerfile parse error line 3: …` / `dockerfile parse error on line 3: …`);
   * - `parser`: line splitting (ENV/LABEL pairs, JSON arrays, directives, an empty file); printed
   *   bare in both eras (BuildKit still shows the Dockerfile snippet at `line`);
   * - `stage`: no FROM before the first non-ARG instruction, or no stage at all; printed bare
   *   (texts in profile/dockerfileMessages.ts; classic 18.03 prints the steps before it first).
   */
  origin: 'instruction' | 'parser' | 'stage';
}

export type ParseResult = { ok: true; dockerfile: Dockerfile } | { ok: false; error: DockerfileParseError };
