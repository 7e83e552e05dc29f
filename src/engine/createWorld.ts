// A fresh world: one docker host named `default` at 192.168.99.100 (the address the seed's
// docker-machine shows), and one terminal on it.
import type { Ctx } from './ctx';
import { createHost } from './host/createHost';
import { PROFILES } from './profile';
import type { ProfileName, Terminal, World } from './world';

export const DEFAULT_SEED = 20180520;
export const DEFAULT_HOST = 'default';
export const DEFAULT_HOST_IP = '192.168.99.100';

export interface WorldOptions {
  seed?: number;
  profile?: ProfileName;
}

export function createWorld(options: WorldOptions = {}): World {
  const profile = options.profile ?? 'current';
  const world: World = {
    version: 1,
    profile,
    now: PROFILES[profile].startTime,
    rng: (options.seed ?? DEFAULT_SEED) >>> 0,
    hosts: {},
    layerStore: {},
    terminals: {},
    registry: {},
    swarms: {},
  };
  const ctx: Ctx = { world, events: [] };
  createHost(ctx, { name: DEFAULT_HOST, ip: DEFAULT_HOST_IP });
  addHostTerminal(world, 't1', DEFAULT_HOST);
  return world;
}

/** A terminal logged in to `hostName`'s shell, as the student's first one is (host tabs open more). */
export function addHostTerminal(world: World, id: string, hostName: string): Terminal {
  const host = world.hosts[hostName];
  const terminal: Terminal = {
    id,
    host: hostName,
    frames: [{ kind: 'host', program: 'bash', user: host.user, cwd: host.home, env: hostEnv(host.user, host.home), lastExit: 0 }],
    history: [],
    job: null,
  };
  world.terminals[id] = terminal;
  return terminal;
}

function hostEnv(user: string, home: string): Record<string, string> {
  return {
    HOME: home,
    USER: user,
    LOGNAME: user,
    SHELL: '/bin/bash',
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    PWD: home,
    TERM: 'xterm-256color',
    LANG: 'C.UTF-8',
  };
}
