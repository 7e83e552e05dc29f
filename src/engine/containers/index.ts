// Container operations (verb-named, over the draft world) and lookups.
export type { ContainerSpec } from './containerSpec';
export { createContainer, checkContainerName, nameConflictMessage } from './createContainer';
export { startContainer, type StartOptions } from './startContainer';
export { stopContainer, killContainer, restartContainer } from './stopContainer';
export { pauseContainer, unpauseContainer } from './pauseContainer';
export { renameContainer } from './renameContainer';
export { removeContainer, deleteContainer, type RemoveOptions } from './removeContainer';
export { execInContainer, type ExecOptions } from './execInContainer';
export { containerProcessExited, endExecProcess } from './processExit';
export { pruneContainers } from './pruneContainers';
export { findContainer, hasContainer } from './findContainer';
export { signalProcess, requestProgram, startProgram, finishProcess } from './programRunner';
export { processEnv } from './processEnv';
