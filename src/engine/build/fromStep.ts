// FROM: the base of a stage — `scratch`, an earlier stage by name or index, or an image, pulled
// when this daemon lacks it (the pull's lines belong to the step).
import type { Ctx } from '../ctx';
import { findImage } from '../images/findImage';
import { parseReference } from '../images/parseReference';
import { pullImage } from '../images/pullImage';
import type { Image } from '../world';
import type { PullInfo } from './buildTypes';
import type { StageState } from './stageState';

export type FromResolution =
  | { kind: 'scratch' }
  | { kind: 'stage'; stage: StageState }
  | { kind: 'image'; image: Image; pull?: PullInfo; fullRef: string };

export function findStage(stages: StageState[], name: string): StageState | undefined {
  const lower = name.toLowerCase();
  const byName = stages.find((s) => s.name === lower);
  if (byName) return byName;
  return /^\d+$/.test(name) ? stages[Number(name)] : undefined;
}

/**
 * Throws the pull's SimError when the image is neither local nor on the hub. `pull` (--pull)
 * asks the registry even for an image the daemon has (`Status: Image is up to date …`).
 */
export function resolveFrom(ctx: Ctx, host: string, name: string, stages: StageState[], alwaysPull = false): FromResolution {
  if (name === 'scratch') return { kind: 'scratch' };
  const stage = stages.find((s) => s.name === name.toLowerCase());
  if (stage) return { kind: 'stage', stage };
  const parsed = parseReference(ctx.world, name);
  const local = findImage(ctx.world, host, name);
  const digestOf = (img: Image) => img.repoDigests.find((d) => d.startsWith(`${parsed.repo}@`))?.split('@')[1];
  if (local && !alwaysPull) {
    const digest = digestOf(local);
    return { kind: 'image', image: local, fullRef: digest ? `${parsed.full.replace(/@.*$/, '')}@${digest}` : parsed.full };
  }
  const result = pullImage(ctx, host, name, { deferClock: true });
  const image = ctx.world.hosts[host].daemon.images[result.imageId];
  const pull: PullInfo = {
    lines: result.lines,
    durationMs: result.durationMs,
    layers: result.progress
      .filter((p) => p.states[0] !== 'Already exists')
      .map((p) => ({ digest: p.digest, size: p.total, downloadStartAt: p.downloadStartAt, downloadedAt: p.downloadedAt, extractStartAt: p.extractStartAt, extractedAt: p.extractedAt })),
  };
  const digest = digestOf(image);
  return { kind: 'image', image, pull, fullRef: digest ? `${parsed.full.replace(/@.*$/, '')}@${digest}` : parsed.full };
}
