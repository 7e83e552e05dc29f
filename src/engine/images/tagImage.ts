// `docker tag SOURCE TARGET`: point a repo:tag at an existing image.
import { emit, type Ctx } from '../ctx';
import { SimError } from '../errors';
import { resolveImage } from './findImage';
import { parseReference } from './parseReference';

export function tagImage(ctx: Ctx, host: string, source: string, target: string): void {
  const { world } = ctx;
  const image = resolveImage(world, host, source);
  const parsed = parseReference(world, target);
  if (parsed.digest) throw new SimError('refusing to create a tag with a digest reference', 'invalid');
  world.hosts[host].daemon.tags[`${parsed.repo}:${parsed.tag}`] = image.id;
  emit(ctx, { type: 'image.tagged', host, imageId: image.id, ref: parsed.familiar });
}
