// Docker's reference grammar and normalisation (distribution/reference): `ubuntu` is
// docker.io/library/ubuntu:latest; a first component with a dot, a colon or `localhost` is a
// registry host.
import { SimError } from '../errors';
import { getProfile } from '../profile';
import type { World } from '../world';

export interface ImageReference {
  /** Familiar repository: 'ubuntu', 'tutum/hello-world', 'localhost:5000/x'. */
  repo: string;
  /** Tag; 'latest' when neither tag nor digest was given. */
  tag: string;
  /** 'sha256:…' when given with '@'. */
  digest?: string;
  /** True when the reference named neither a tag nor a digest (`Using default tag: latest`). */
  defaultTag: boolean;
  /** Registry host: 'docker.io' or the one given. */
  domain: string;
  /** Path on the registry: 'library/ubuntu', 'tutum/hello-world'. */
  path: string;
  /** Familiar form with tag or digest: 'ubuntu:latest', 'ubuntu@sha256:…'. */
  familiar: string;
  /** Fully qualified: 'docker.io/library/ubuntu:latest'. */
  full: string;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const HEX64 = /^[a-f0-9]{64}$/;

function invalid(): SimError {
  return new SimError('invalid reference format', 'invalid');
}

export function parseReference(world: Pick<World, 'profile'>, ref: string): ImageReference {
  if (HEX64.test(ref)) throw new SimError(`invalid repository name (${ref}), cannot specify 64-byte hexadecimal strings`, 'invalid');
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw invalid();
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw invalid();
  }
  if (rest === '') throw invalid();
  const slash = rest.indexOf('/');
  const first = slash >= 0 ? rest.slice(0, slash) : '';
  const hasDomain = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost' || first.toLowerCase() !== first);
  const domain = hasDomain ? first : 'docker.io';
  let path = hasDomain ? rest.slice(slash + 1) : rest;
  if (domain === 'docker.io' && !path.includes('/')) path = `library/${path}`;
  if (hasDomain && !DOMAIN.test(domain)) throw invalid();
  if (path.toLowerCase() !== path) {
    if (path.toLowerCase().split('/').every((c) => COMPONENT.test(c))) throw new SimError(getProfile(world).images.uppercaseRepo(path), 'invalid');
    throw invalid();
  }
  if (!path.split('/').every((c) => COMPONENT.test(c))) throw invalid();
  if (`${domain}/${path}`.length > 255) throw new SimError('invalid reference format: repository name must not be more than 255 characters', 'invalid');
  const repo = domain === 'docker.io' ? path.replace(/^library\//, '') : `${domain}/${path}`;
  const suffix = digest ? `@${digest}` : `:${tag ?? 'latest'}`;
  return {
    repo,
    tag: tag ?? 'latest',
    digest,
    defaultTag: tag === undefined && digest === undefined,
    domain,
    path,
    familiar: `${repo}${tag && digest ? `:${tag}` : ''}${suffix}`,
    full: `${domain}/${path}${tag && digest ? `:${tag}` : ''}${suffix}`,
  };
}
