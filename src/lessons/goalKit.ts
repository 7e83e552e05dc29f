// Small reads lesson goals share, all through engine queries: a lesson's check says what it wants
// in a line or two and explains the first thing missing.
import { produce } from 'immer';
import type { Container, Network, World } from '../engine';
import { httpRequest } from '../engine/http/httpRequest';
import { findImage } from '../engine/images';
import { findNetwork, getContainer, isContainerRunning, listContainers, resolveAndReach } from '../engine/queries';
import type { Bilingual, GoalResult } from './lessonTypes';

export function missing(bn: string, en: string): GoalResult {
  return { missing: { bn, en } satisfies Bilingual };
}

export function hasImage(world: World, host: string, ref: string): boolean {
  return findImage(world, host, ref) !== undefined;
}

export function container(world: World, host: string, name: string): Container | undefined {
  return getContainer(world, host, name);
}

export function isRunning(c: Container | undefined): c is Container {
  return c !== undefined && isContainerRunning(c);
}

export function network(world: World, host: string, name: string): Network | undefined {
  return findNetwork(world, host, name);
}

/** Names of the networks the container is attached to, sorted. */
export function networksOf(c: Container): string[] {
  return Object.keys(c.networks).sort();
}

/** Running containers made from the image `ref` resolves to. */
export function runningFromImage(world: World, host: string, ref: string): Container[] {
  const image = findImage(world, host, ref);
  if (!image) return [];
  return listContainers(world, host, {}).filter((c) => c.imageId === image.id && isContainerRunning(c));
}

/** Whether a process in container `from` can ping `target` (a name or an address) right now. */
export function canPing(world: World, host: string, from: Container, target: string): boolean {
  const probe = resolveAndReach(world, host, from.id, target);
  return probe.ok && probe.reachable;
}

export interface HttpAnswer {
  status: number;
  body: string;
}

// Answers per `world.hosts` object: what a program in a container answers depends on the hosts'
// state (processes, files, networks), and immer keeps that object while only the clock moves, so
// the panel's checks on every frame of a running job ask the (costly) program once.
const answers = new WeakMap<World['hosts'], Map<string, HttpAnswer | null>>();

/**
 * What `curl URL` typed on `host` would get right now, or undefined when nothing answers. The
 * request runs on a throwaway draft: a goal check must not write access logs or packets.
 */
export function httpGet(world: World, host: string, url: string): HttpAnswer | undefined {
  let memo = answers.get(world.hosts);
  if (!memo) answers.set(world.hosts, (memo = new Map()));
  const key = `${host} ${url}`;
  const known = memo.get(key);
  if (known !== undefined) return known ?? undefined;
  let answer: HttpAnswer | null = null;
  produce(world, (draft) => {
    const response = httpRequest({ world: draft, events: [] }, { host }, url).response;
    if (response) answer = { status: response.status, body: response.body };
  });
  memo.set(key, answer);
  return answer ?? undefined;
}
