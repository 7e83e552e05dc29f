// `docker run`/`create` with an image that is not on the host: the CLI says so on stderr, pulls
// it (the pull's progress lines also go to stderr) and then retries the create. On a terminal
// the pull plays out as a foreground job, and `then` carries the rest of the command to it.
import { findImage, parseReference, pullImage } from '../../../engine/images';
import { isSimError } from '../../../engine/errors';
import type { CommandSpec } from '../../cli/flagTypes';
import { canPlayPull, startPullJob, type AfterPull } from '../../jobs/dockerJobs/pullJob';
import type { CommandContext } from '../../types';
import { reportRunError } from './errors';

/**
 * 'ready' when the image is present (pulled now if needed); 'failed' after reporting the failure
 * (exit 125); 'pulling' when a pull job took the terminal and will run `then` once it is done.
 */
export type ImageState = 'ready' | 'failed' | 'pulling';

export function ensureImage(cx: CommandContext, spec: CommandSpec, ref: string, then?: AfterPull): ImageState {
  const { world } = cx.ctx;
  if (findImage(world, cx.host, ref)) return 'ready';
  let familiar: string;
  try {
    familiar = parseReference(world, ref).familiar;
  } catch (e) {
    reportRunError(cx, spec, isSimError(e) ? e.message : String(e), 125);
    return 'failed';
  }
  cx.err(`Unable to find image '${familiar}' locally\n`);
  const startedAt = world.now;
  const play = then !== undefined && canPlayPull(cx);
  let pulled: ReturnType<typeof pullImage>;
  try {
    pulled = pullImage(cx.ctx, cx.host, ref, { deferClock: play });
  } catch (e) {
    reportRunError(cx, spec, `Error response from daemon: ${isSimError(e) ? e.message : String(e)}`, 125);
    return 'failed';
  }
  if (!play || !then) {
    for (const line of pulled.lines) cx.err(`${line}\n`);
    return 'ready';
  }
  const [header, ...rest] = pulled.lines;
  cx.err(`${header}\n`);
  const finalText = rest.map((l) => `${l}\n`).join('');
  startPullJob(cx, startedAt, { stream: 'stderr', durationMs: pulled.durationMs, layers: pulled.progress, finalText, then });
  return 'pulling';
}
