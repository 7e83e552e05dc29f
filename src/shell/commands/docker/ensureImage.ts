// `docker run`/`create` with an image that is not on the host: the CLI says so on stderr, pulls
// it (the pull's progress lines also go to stderr) and then retries the create.
import { findImage, parseReference, pullImage } from '../../../engine/images';
import { isSimError } from '../../../engine/errors';
import type { CommandSpec } from '../../cli/flagTypes';
import type { CommandContext } from '../../types';
import { reportRunError } from './errors';

/** True when the image is present (pulled now if needed); false after reporting the failure (exit 125). */
export function ensureImage(cx: CommandContext, spec: CommandSpec, ref: string): boolean {
  const { world } = cx.ctx;
  if (findImage(world, cx.host, ref)) return true;
  let familiar: string;
  try {
    familiar = parseReference(world, ref).familiar;
  } catch (e) {
    reportRunError(cx, spec, isSimError(e) ? e.message : String(e), 125);
    return false;
  }
  cx.err(`Unable to find image '${familiar}' locally\n`);
  try {
    const pulled = pullImage(cx.ctx, cx.host, ref);
    for (const line of pulled.lines) cx.err(`${line}\n`);
  } catch (e) {
    reportRunError(cx, spec, `Error response from daemon: ${isSimError(e) ? e.message : String(e)}`, 125);
    return false;
  }
  return true;
}
