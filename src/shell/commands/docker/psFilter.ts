// `docker ps --filter key=value`: the daemon's container filters (moby daemon/list.go).
import { SimError } from '../../../engine/errors';
import type { Profile } from '../../../engine/profile';
import type { Container, World } from '../../../engine/world';

const ACCEPTED = ['ancestor', 'before', 'expose', 'exited', 'health', 'id', 'is-task', 'isolation', 'label', 'name', 'network', 'publish', 'since', 'status', 'volume'];
const STATUSES = ['created', 'restarting', 'running', 'removing', 'paused', 'exited', 'dead'];

export type PsFilters = Record<string, string[]>;

/** Groups `key=value` strings; throws the daemon's error for an unknown key or status. */
export function parsePsFilters(values: string[], profile: Profile): PsFilters {
  const out: PsFilters = {};
  for (const v of values) {
    const i = v.indexOf('=');
    const key = (i < 0 ? v : v.slice(0, i)).trim().toLowerCase();
    const value = i < 0 ? '' : v.slice(i + 1).trim();
    if (!ACCEPTED.includes(key)) throw new SimError(profile.containerCli.psInvalidFilter.replace('%s', key), 'invalid');
    if (key === 'status' && !STATUSES.includes(value)) throw new SimError(profile.containerCli.psInvalidStatus.replace('%s', value), 'invalid');
    (out[key] ??= []).push(value);
  }
  return out;
}

function matchesAncestor(world: World, host: string, c: Container, ref: string): boolean {
  const daemon = world.hosts[host].daemon;
  const id = daemon.tags[ref] ?? daemon.tags[`${ref}:latest`] ?? Object.keys(daemon.images).find((i) => i.startsWith(ref.replace(/^sha256:/, '')));
  if (!id) return false;
  // Descendants count too: walk the container image's parent chain.
  for (let cur: string | undefined = c.imageId; cur; cur = daemon.images[cur]?.parent) {
    if (cur === id) return true;
  }
  return false;
}

function matchesLabel(c: Container, spec: string): boolean {
  const i = spec.indexOf('=');
  if (i < 0) return spec in c.config.labels;
  return c.config.labels[spec.slice(0, i)] === spec.slice(i + 1);
}

/** Within one key any value may match; every key must match. */
export function matchesPsFilters(world: World, host: string, c: Container, filters: PsFilters): boolean {
  const any = (key: string, test: (v: string) => boolean) => !filters[key] || filters[key].some(test);
  return (
    any('id', (v) => c.id.startsWith(v)) &&
    any('name', (v) => new RegExp(v).test(`/${c.name}`)) &&
    any('status', (v) => c.state.status === v) &&
    any('exited', (v) => c.state.status === 'exited' && String(c.state.exitCode) === v) &&
    any('label', (v) => matchesLabel(c, v)) &&
    any('ancestor', (v) => matchesAncestor(world, host, c, v)) &&
    any('network', (v) => Object.keys(c.networks).includes(v) || Object.values(c.networks).some((e) => e.networkId.startsWith(v))) &&
    any('volume', (v) => c.mounts.some((m) => m.name === v || m.destination === v || m.source === v))
  );
}
