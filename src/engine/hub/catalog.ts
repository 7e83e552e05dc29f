// The catalog index: look-ups by era, repository and tag, and by layer digest.
import type { ProfileName } from '../world';
import type { CatalogImage, CatalogLayer } from './catalogTypes';
import { ALPINE } from './images/alpine';
import { ALPINE_GIT } from './images/alpineGit';
import { BUSYBOX } from './images/busybox';
import { GETTING_STARTED } from './images/gettingStarted';
import { HELLO_WORLD } from './images/helloWorld';
import { HTTPD } from './images/httpd';
import { MONGO } from './images/mongo';
import { MYSQL } from './images/mysql';
import { NETSHOOT } from './images/netshoot';
import { NGINX } from './images/nginx';
import { NODE } from './images/node';
import { POSTGRES } from './images/postgres';
import { PYTHON } from './images/python';
import { REDIS } from './images/redis';
import { TUTUM_HELLO_WORLD } from './images/tutumHelloWorld';
import { UBUNTU } from './images/ubuntu';

export const CATALOG: readonly CatalogImage[] = [...HELLO_WORLD, ...BUSYBOX, ...ALPINE, ...UBUNTU, ...PYTHON, ...POSTGRES, ...NGINX, ...TUTUM_HELLO_WORLD, ...REDIS, ...MONGO, ...NODE, ...HTTPD, ...MYSQL, ...GETTING_STARTED, ...NETSHOOT, ...ALPINE_GIT];

let layerIndex: Map<string, CatalogLayer> | undefined;

/** A catalog layer by its compressed digest (`sha256:…`). */
export function getCatalogLayer(digest: string): CatalogLayer | undefined {
  if (!layerIndex) {
    layerIndex = new Map();
    for (const img of CATALOG) for (const s of img.steps) if (s.layer) layerIndex.set(s.layer.digest, s.layer);
  }
  return layerIndex.get(digest);
}

/** True when the repository exists on the hub in this era (a missing tag is then `manifest unknown`). */
export function hasCatalogRepo(era: ProfileName, repo: string): boolean {
  return CATALOG.some((i) => i.era === era && i.repo === repo);
}

export function findCatalogImage(era: ProfileName, repo: string, tag: string): CatalogImage | undefined {
  return CATALOG.find((i) => i.era === era && i.repo === repo && i.tags.includes(tag));
}

export function findCatalogImageByDigest(era: ProfileName, repo: string, digest: string): CatalogImage | undefined {
  return CATALOG.find((i) => i.era === era && i.repo === repo && i.repoDigest === digest);
}

/** Layers of an image, bottom first. */
export function catalogLayers(img: CatalogImage): CatalogLayer[] {
  return img.steps.flatMap((s) => (s.layer ? [s.layer] : []));
}

export function catalogImageSize(img: CatalogImage): number {
  return catalogLayers(img).reduce((sum, l) => sum + l.size, 0);
}
