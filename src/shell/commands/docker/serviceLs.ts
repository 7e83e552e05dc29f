// `docker service ls`: ID NAME MODE REPLICAS IMAGE PORTS, sorted by name.
import { requireManager } from '../../../engine/swarm/cluster';
import { listServices, runningTaskCounts } from '../../../engine/queries/swarm';
import type { PortConfig } from '../../../engine/world';
import { reportDaemonError } from './errors';
import { printFormatted } from './formatted';
import type { DockerSubcommand } from './subcommand';

const HEADERS = { ID: 'ID', Name: 'NAME', Mode: 'MODE', Replicas: 'REPLICAS', Image: 'IMAGE', Ports: 'PORTS' };

/** `*:80->80/tcp`, consecutive ports grouped as `*:80-81->80-81/tcp`. */
export function servicePorts(ports: readonly PortConfig[]): string {
  const ingress = ports.filter((p) => p.publishMode === 'ingress' && p.publishedPort);
  const out: string[] = [];
  for (let i = 0; i < ingress.length; i++) {
    const first = ingress[i];
    let j = i;
    while (
      j + 1 < ingress.length &&
      ingress[j + 1].protocol === first.protocol &&
      ingress[j + 1].publishedPort === ingress[j].publishedPort + 1 &&
      ingress[j + 1].targetPort === ingress[j].targetPort + 1
    )
      j++;
    const last = ingress[j];
    out.push(
      j > i
        ? `*:${first.publishedPort}-${last.publishedPort}->${first.targetPort}-${last.targetPort}/${first.protocol}`
        : `*:${first.publishedPort}->${first.targetPort}/${first.protocol}`,
    );
    i = j;
  }
  return out.join(', ');
}

export const serviceLsCommand: DockerSubcommand = {
  spec: {
    path: 'docker service ls',
    usage: '[OPTIONS]',
    description: 'List services',
    aliases: ['docker service list'],
    args: { max: 0 },
    flags: [
      { long: 'filter', short: 'f', kind: 'stringArray', valueName: 'filter', description: 'Filter output based on conditions provided' },
      { long: 'format', kind: 'string', description: 'Format output using a custom template' },
      { long: 'quiet', short: 'q', kind: 'bool', description: 'Only display IDs' },
    ],
  },
  run(cx, args) {
    let cluster;
    try {
      cluster = requireManager(cx.ctx.world, cx.host).cluster;
    } catch (e) {
      return reportDaemonError(cx, e);
    }
    const running = runningTaskCounts(cluster);
    const rows = listServices(cluster).map((s) => {
      const global = s.spec.mode === 'global';
      const desired = global ? Object.values(cluster.nodes).filter((n) => n.status === 'ready' && n.availability === 'active').length : s.spec.replicas;
      return {
        ID: s.id.slice(0, 12),
        Name: s.spec.name,
        Mode: s.spec.mode,
        Replicas: `${running[s.id] ?? 0}/${desired}`,
        Image: s.spec.image.replace(/@sha256:[0-9a-f]+$/, ''),
        Ports: servicePorts(s.spec.ports),
      };
    });
    const format = args.flags.quiet === true ? '{{.ID}}' : ((args.flags.format as string | undefined) ?? 'table {{.ID}}\t{{.Name}}\t{{.Mode}}\t{{.Replicas}}\t{{.Image}}\t{{.Ports}}');
    return printFormatted(cx, format, rows, HEADERS);
  },
};
