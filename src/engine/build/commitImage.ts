// Turning a stage's state into an image record: each classic step commits one (its parent is
// the previous step's image), BuildKit exports only the final one.
import type { Ctx } from '../ctx';
import { fakeSha256 } from '../hub/fakeSha256';
import { getLayerInfo } from '../images/layerInfo';
import type { Image } from '../world';
import type { StageState } from './stageState';

export function imageOfState(ctx: Ctx, state: StageState, parent: string, created: number, salt: string): Image {
  const size = state.layers.reduce((sum, d) => sum + getLayerInfo(ctx.world, d).size, 0);
  const id = fakeSha256(JSON.stringify({ parent, layers: state.layers, config: state.config, history: state.history.map((h) => h.createdBy), salt }));
  return {
    id,
    repoDigests: [],
    parent,
    created,
    layers: [...state.layers],
    size,
    config: JSON.parse(JSON.stringify(state.config)),
    history: state.history.map((h) => ({ ...h })),
    os: state.os,
    architecture: state.architecture,
  };
}

/** Registers the image unless one with the same id exists; returns the id. */
export function registerImage(ctx: Ctx, host: string, image: Image): string {
  const daemon = ctx.world.hosts[host].daemon;
  if (!daemon.images[image.id]) daemon.images[image.id] = image;
  return image.id;
}
