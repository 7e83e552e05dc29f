// The engine's public surface for the other layers.
export * from './world';
export * from './fs/fsTypes';
export { createWorld, DEFAULT_HOST, DEFAULT_HOST_IP, DEFAULT_SEED, type WorldOptions } from './createWorld';
export { tick } from './tick';
export { SimError, isSimError } from './errors';
export type { SimEvent, SimEventType } from './events';
export type { Ctx } from './ctx';
export { getProfile, PROFILES, type Profile } from './profile';
export { listContainers, getContainer, containerCommand, containerPorts, containerSizeRw, containerInspectJson, containerStats, isPortAllocated, getNetworkByName } from './queries';
export * from './images';
