// The build engine's one entry point (kept behind this module so it can be loaded lazily).
export { buildImage } from './buildImage';
export { readBuildContext, isContextProblem, type BuildContext, type ContextProblem } from './buildContext';
export { ignoreRules } from './parserApi';
export { discardBuildImages } from './discardBuild';
export type { BuilderKind, BuildRequest, BuildResult, BuildStep, BuildFailure, StepOutput, PullInfo } from './buildTypes';
export { buildCacheUsage, type BuildCacheUsage } from './buildCacheUsage';
