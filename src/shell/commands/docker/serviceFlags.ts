// Parsing `docker service create` flag values into a ServiceSpec: -p in both syntaxes
// (`82:80`, `published=82,target=80,protocol=udp,mode=host`), durations and the restart
// condition. Errors are the CLI's own texts (invalid argument … for "-p, --publish" flag).
import type { PortConfig, ServiceSpec } from '../../../engine/world';
import type { ParsedArgs } from '../../cli/flagTypes';

export class ServiceFlagError extends Error {}

export function parsePublishFlag(value: string): PortConfig[] {
  if (value.includes('=')) {
    const p: PortConfig = { protocol: 'tcp', targetPort: 0, publishedPort: 0, publishMode: 'ingress' };
    for (const part of value.split(',')) {
      const [k, v = ''] = part.split('=');
      if (k === 'target') p.targetPort = Number(v);
      else if (k === 'published') p.publishedPort = Number(v);
      else if (k === 'protocol') p.protocol = v === 'udp' ? 'udp' : 'tcp';
      else if (k === 'mode') p.publishMode = v === 'host' ? 'host' : 'ingress';
      else throw new ServiceFlagError(`invalid field key ${k}`);
    }
    if (!p.targetPort) throw new ServiceFlagError('missing mandatory field "target"');
    return [p];
  }
  const [ports, proto = 'tcp'] = value.split('/');
  const parts = ports.split(':');
  const target = parts.at(-1)!;
  const published = parts.length > 1 ? parts.at(-2)! : '';
  const [t1, t2 = t1] = target.split('-').map(Number);
  const [p1, p2 = p1] = published ? published.split('-').map(Number) : [0, 0];
  const out: PortConfig[] = [];
  for (let i = 0; i <= t2 - t1; i++) {
    out.push({ protocol: proto === 'udp' ? 'udp' : 'tcp', targetPort: t1 + i, publishedPort: published ? (p2 > p1 ? p1 + i : p1) : 0, publishMode: 'ingress' });
  }
  return out;
}

/** The spec fields the create flags set (update reuses the same names). */
export function specFromFlags(args: ParsedArgs): Partial<ServiceSpec> {
  const f = args.flags;
  const spec: Partial<ServiceSpec> = {};
  if (f.name !== undefined) spec.name = f.name as string;
  if (f.replicas !== undefined) spec.replicas = f.replicas as number;
  if (f.mode !== undefined) {
    if (f.mode !== 'replicated' && f.mode !== 'global') throw new ServiceFlagError(`invalid argument "${String(f.mode)}" for "--mode" flag`);
    spec.mode = f.mode;
    if (f.mode === 'global') spec.replicas = 0;
  }
  if (f.publish) spec.ports = (f.publish as string[]).flatMap(parsePublishFlag);
  if (f.env) spec.env = f.env as string[];
  if (f.network) spec.networks = f.network as string[];
  if (f.constraint) spec.constraints = f.constraint as string[];
  if (f['update-delay'] !== undefined) spec.updateDelay = f['update-delay'] as number;
  if (f['update-parallelism'] !== undefined) spec.updateParallelism = f['update-parallelism'] as number;
  if (f['update-failure-action'] !== undefined) spec.updateFailureAction = f['update-failure-action'] as ServiceSpec['updateFailureAction'];
  if (f['restart-condition'] !== undefined) spec.restartCondition = f['restart-condition'] as ServiceSpec['restartCondition'];
  if (f['restart-delay'] !== undefined) spec.restartDelay = f['restart-delay'] as number;
  if (f['limit-memory'] !== undefined) spec.limitMemory = f['limit-memory'] as number;
  if (f['reserve-memory'] !== undefined) spec.reserveMemory = f['reserve-memory'] as number;
  return spec;
}
