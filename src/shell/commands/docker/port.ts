import { findContainer } from '../../../engine/containers/findContainer';
import { hostSnapshot } from '../../../engine/snapshot';
import type { DockerSubcommand } from './subcommand';
import { reportNotFound } from './errors';

function joinHostPort(ip: string, port: string): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/** sortorder.NaturalLess: digit runs compare as numbers, everything else byte-wise. */
export function naturalLess(a: string, b: string): number {
  const re = /(\d+|\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) return Number(x) - Number(y) || x.length - y.length;
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

export const portCommand: DockerSubcommand = {
  spec: {
    path: 'docker container port',
    usage: 'CONTAINER [PRIVATE_PORT[/PROTO]]',
    description: 'List port mappings or a specific mapping for the container',
    aliases: ['docker port'],
    args: { min: 1, max: 2 },
    flags: [],
  },
  run(cx, args) {
    const [ref, wanted] = args.positionals;
    let c;
    try {
      // Read only: a snapshot spares immer copying the container table to hand out a draft.
      c = findContainer(hostSnapshot(cx.ctx.world, cx.host), cx.host, ref);
    } catch (e) {
      return reportNotFound(cx, 'container', ref, e);
    }
    const out: string[] = [];
    if (wanted !== undefined) {
      const key = wanted.includes('/') && !wanted.endsWith('/') ? wanted : `${wanted.replace(/\/$/, '')}/tcp`;
      const bindings = c.ports[key] ?? [];
      if (bindings.length === 0) {
        const m = cx.profile.containerCli;
        const port = m.portTypedInError ? wanted : key;
        cx.err(`${m.portNotPublished.replace('{port}', port).replace('{container}', ref)}\n`);
        return 1;
      }
      for (const b of bindings) out.push(joinHostPort(b.hostIp, b.hostPort));
    } else {
      for (const [key, bindings] of Object.entries(c.ports)) {
        for (const b of bindings) out.push(`${key} -> ${joinHostPort(b.hostIp, b.hostPort)}`);
      }
    }
    out.sort(naturalLess);
    for (const line of out) cx.out(`${line}\n`);
    return 0;
  },
};
