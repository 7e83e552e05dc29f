// Dockerfile parser texts and rules that changed between the eras: Docker 18.03's
// builder/dockerfile/{parser,instructions} and BuildKit's frontend/dockerfile (Docker 29).
import type { ProfileName } from '../world';

export type DockerfileFlagType = 'string' | 'bool' | 'strings';

export interface DockerfileMessages {
  /** `FOO bar`: BuildKit keeps the keyword as written (and may suggest a name); 18.03 upper-cased it. */
  unknownInstruction(keyword: string, suggestion: string | undefined): string;
  unknownFlag(name: string, suggestion: string | undefined): string;
  missingFlagValue(name: string): string;
  duplicateFlag(name: string): string;
  expectingBool(name: string, value: string): string;
  /** COPY/ADD with one argument. */
  noDestination(instruction: string): string;
  jsonNotStrings: string;
  /** A non-ARG instruction before the first FROM. */
  noBuildStage: string;
  /** Only ARGs (18.03 ran their steps and then found no image). */
  noStages: string;
  /** Nothing but comments and blank lines (18.03 parsed it and found no image). */
  noInstructions: string;
  /** ARG with several names (18.03: `ARG requires exactly one argument`). */
  argTakesMany: boolean;
  /** `invalid name for build stage: "X"` quotes the name as written (BuildKit) or lower-cased (18.03). */
  stageNameAsWritten: boolean;
  /** HEALTHCHECK --retries below this fails with `retriesError`. */
  retriesMin: number;
  retriesError(retries: number): string;
  /** A zero HEALTHCHECK duration means "default" (BuildKit) or is below the 1ms minimum (18.03). */
  zeroDurationAllowed: boolean;
  /** Go ≥1.15 quotes the duration in `time: invalid duration "x"`; 18.03 was built with Go 1.9. */
  quotedDurationErrors: boolean;
  /** 18.03's parser printed empty continuation lines as warnings in the build output. */
  warnsEmptyContinuation: boolean;
  /** The flags each instruction accepts (the rest: `unknown flag`). */
  flags: Record<string, Record<string, DockerfileFlagType>>;
}

const HEALTH_FLAGS: Record<string, DockerfileFlagType> = { interval: 'string', timeout: 'string', 'start-period': 'string', retries: 'string' };

export const dockerfileMessages: Record<ProfileName, DockerfileMessages> = {
  current: {
    unknownInstruction: (kw, hint) => `unknown instruction: ${kw}${hint ? ` (did you mean ${hint}?)` : ''}`,
    unknownFlag: (name, hint) => `unknown flag: --${name}${hint ? ` (did you mean ${hint}?)` : ''}`,
    missingFlagValue: (name) => `missing a value on flag: --${name}`,
    duplicateFlag: (name) => `duplicate flag specified: --${name}`,
    expectingBool: (name, value) => `expecting boolean value for flag --${name}, not: ${value}`,
    noDestination: (cmd) => `${cmd} requires at least two arguments, but only one was provided. Destination could not be determined`,
    jsonNotStrings: 'when using JSON array syntax, arrays must be comprised of strings only',
    noBuildStage: 'no build stage in current context',
    noStages: 'dockerfile contains no stages to build',
    noInstructions: 'file with no instructions',
    argTakesMany: true,
    stageNameAsWritten: true,
    retriesMin: 0,
    retriesError: (n) => `--retries cannot be negative (${n})`,
    zeroDurationAllowed: true,
    quotedDurationErrors: true,
    warnsEmptyContinuation: false,
    flags: {
      FROM: { platform: 'string' },
      COPY: { chown: 'string', from: 'string', chmod: 'string', link: 'bool', exclude: 'strings', parents: 'bool' },
      ADD: { chown: 'string', chmod: 'string', link: 'bool', 'keep-git-dir': 'bool', checksum: 'string', unpack: 'bool', exclude: 'strings' },
      RUN: { mount: 'strings', network: 'string', security: 'string' },
      HEALTHCHECK: { ...HEALTH_FLAGS, 'start-interval': 'string' },
    },
  },
  classic: {
    unknownInstruction: (kw) => `unknown instruction: ${kw.toUpperCase()}`,
    unknownFlag: (name) => `Unknown flag: ${name}`,
    missingFlagValue: (name) => `Missing a value on flag: ${name}`,
    duplicateFlag: (name) => `Duplicate flag specified: ${name}`,
    expectingBool: (name, value) => `Expecting boolean value for flag ${name}, not: ${value}`,
    noDestination: (cmd) => `${cmd} requires at least two arguments`,
    jsonNotStrings: 'When using JSON array syntax, arrays must be comprised of strings only.',
    noBuildStage: 'No build stage in current context',
    noStages: 'No image was generated. Is your Dockerfile empty?',
    noInstructions: 'No image was generated. Is your Dockerfile empty?',
    argTakesMany: false,
    stageNameAsWritten: false,
    retriesMin: 1,
    retriesError: (n) => `--retries must be at least 1 (not ${n})`,
    zeroDurationAllowed: false,
    quotedDurationErrors: false,
    warnsEmptyContinuation: true,
    flags: {
      COPY: { chown: 'string', from: 'string' },
      ADD: { chown: 'string' },
      HEALTHCHECK: HEALTH_FLAGS,
    },
  },
};
