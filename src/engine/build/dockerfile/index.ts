// The Dockerfile front end the builder uses: parse, expand variables, select context files.
export type * from './dockerfileTypes';
export { parseDockerfile, findInstructionBeforeFrom, NO_BUILD_STAGE_BUILDKIT, NO_BUILD_STAGE_CLASSIC } from './parseDockerfile';
export { expandWord, expandWords, type BuildEnv } from './expandWord';
export { parseDockerignore, isIgnored, cleanPath, type IgnorePattern } from './dockerignore';
