// A docker host as it boots: a kernel with its init process, a home directory for the student,
// and a daemon with the three predefined networks.
import type { Ctx } from '../ctx';
import { randomHex } from '../ids';
import { getProfile } from '../profile';
import type { FsDir, FsNode } from '../fs/fsTypes';
import type { Host } from '../world';
import { createDefaultNetworks } from '../network/defaultNetworks';
import { emptyContainerTable } from '../tables/containerTable';
import { putProcess } from '../tables/processTable';

function dir(mtime: number, c: Record<string, FsNode> = {}, mode = 0o755): FsDir {
  return { t: 'd', mode, mtime, c };
}

function hostFs(now: number, name: string, user: string): FsDir {
  return dir(now, {
    home: dir(now, { [user]: dir(now) }),
    root: dir(now, {}, 0o700),
    tmp: dir(now, {}, 0o1777),
    etc: dir(now, {
      hostname: { t: 'f', mode: 0o644, mtime: now, data: `${name}\n` },
    }),
  });
}

export interface HostSpec {
  name: string;
  ip: string;
  user?: string;
}

export function createHost(ctx: Ctx, spec: HostSpec): Host {
  const { world } = ctx;
  const profile = getProfile(world);
  const user = spec.user ?? 'docker';
  const daemonId = Array.from({ length: 12 }, () => randomHex(world, 4).toUpperCase()).join(':');
  const host: Host = {
    name: spec.name,
    ip: spec.ip,
    user,
    home: `/home/${user}`,
    fs: hostFs(world.now, spec.name, user),
    kernel: {
      release: profile.kernelRelease,
      nextPid: 2,
      processes: [],
      namespaces: [],
      cgroups: [],
    },
    daemon: {
      running: true,
      id: daemonId,
      images: {},
      tags: {},
      layers: {},
      containers: emptyContainerTable(),
      containerSeq: 0,
      networks: {},
      volumes: {},
      names: {},
      ipam: {},
      portMap: {},
    },
  };
  putProcess(host.kernel, { pid: 1, ppid: 0, nsPid: 1, argv: ['/sbin/init'], user: 'root', startedAt: world.now, ns: {}, rss: 4_000_000 });
  world.hosts[spec.name] = host;
  createDefaultNetworks(ctx, spec.name);
  return host;
}
