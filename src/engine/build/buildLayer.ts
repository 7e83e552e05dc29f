// Layers a build makes (RUN's filesystem diff, COPY/ADD's files, WORKDIR's directory) go into the
// world's layer store so that containers, `docker history` and image inspect see them.
import type { Ctx } from '../ctx';
import type { FsDir, FsNode } from '../fs/fsTypes';
import { fakeSha256 } from '../hub/fakeSha256';
import { nodeSize } from '../fs/tree';

/** Bytes of the files in a layer tree (directories count nothing, as `docker history` sizes go). */
export function treeBytes(node: FsNode): number {
  if (node.t === 'd') return Object.values(node.c).reduce((sum, child) => sum + treeBytes(child), 0);
  return node.t === 'f' ? nodeSize(node) : 0;
}

/** Stores a layer under a digest derived from `seed` (content-addressed when the seed is the content). */
export function storeLayer(ctx: Ctx, host: string, files: FsDir, seed: string, createdBy: string): { digest: string; size: number } {
  const digest = `sha256:${fakeSha256(`layer-blob:${seed}`)}`;
  const size = treeBytes(files);
  if (!ctx.world.layerStore[digest]) {
    ctx.world.layerStore[digest] = { digest, diffId: `sha256:${fakeSha256(`layer-diff:${seed}`)}`, size, files, createdBy };
  }
  ctx.world.hosts[host].daemon.layers[digest] = true;
  return { digest, size };
}
