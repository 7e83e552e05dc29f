// Reads of the world, shared by the CLI, the views, lesson goals and tests.
export * from './containers';
export * from './containerInspect';
export * from './stats';
export { treeBytes } from './treeBytes';
export { listVolumes, getVolume, volumeUsers, volumeSize } from '../volumes/volumes';
export { findNetwork } from '../network/getNetwork';
export { getListeningPorts } from '../containers/processRuntime';
export { resolveAndReach, type ProbeResult } from '../programs/netProbe';
