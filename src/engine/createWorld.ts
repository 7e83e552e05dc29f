// A fresh world: one docker host named `default` at 192.168.99.100 (the address the seed's
// docker-machine shows), and one terminal on it.
import type { Ctx } from './ctx';
import { createHost } from './host/createHost';
import { PROFILES } from './profile';
import type { ProfileName, World } from './world';

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
  };
  const ctx: Ctx = { world, events: [] };
  const host = createHost(ctx, { name: DEFAULT_HOST, ip: DEFAULT_HOST_IP });
  world.terminals.t1 = {
    id: 't1',
    host: DEFAULT_HOST,
    frames: [{ kind: 'host', program: 'bash', user: host.user, cwd: host.home, env: hostEnv(host.user, host.home), lastExit: 0 }],
    history: [],
    job: null,
  };
  return world;
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
