// The environment a legacy --link gives the linking container (moby daemon/links): per linked
// container ALIAS_PORT, ALIAS_PORT_<n>_<PROTO>{,_ADDR,_PORT,_PROTO} per exposed port (tcp first,
// then by number; _START/_END for runs of consecutive ports), ALIAS_NAME and ALIAS_ENV_<K> for the
// target's Config.Env without HOME and PATH. Computed when the container starts, as moby does.
import type { Container, Host } from '../world';
import { listContainerSnapshots } from '../tables/containerTable';

interface Port {
  num: number;
  proto: string;
}

function parsePort(p: string): Port {
  const [num, proto = 'tcp'] = p.split('/');
  return { num: Number(num), proto };
}

function byTcpFirst(a: Port, b: Port): number {
  if (a.proto === b.proto) return a.num - b.num;
  if (a.proto === 'tcp') return -1;
  if (b.proto === 'tcp') return 1;
  return a.proto < b.proto ? -1 : 1;
}

/** The env entries for one link named `name` (`/app/mydb`) to a container at `ip`. */
export function linkEnvVars(name: string, ip: string, target: Container): string[] {
  const alias = name.slice(name.lastIndexOf('/') + 1).toUpperCase().replace(/-/g, '_');
  const ports = target.config.exposedPorts.map(parsePort).sort(byTcpFirst);
  const env: string[] = [];
  let start = ports[0];
  let end = ports[0];
  ports.forEach((p, i) => {
    if (i === 0) env.push(`${alias}_PORT=${p.proto}://${ip}:${p.num}`);
    const prefix = `${alias}_PORT_${p.num}_${p.proto.toUpperCase()}`;
    env.push(`${prefix}=${p.proto}://${ip}:${p.num}`, `${prefix}_ADDR=${ip}`, `${prefix}_PORT=${p.num}`, `${prefix}_PROTO=${p.proto}`);
    if (p.num === end.num + 1 && p.proto === end.proto) {
      end = p;
      if (i < ports.length - 1) return;
    }
    if (end !== start) {
      const rp = `${alias}_PORT_${start.num}_${start.proto.toUpperCase()}`;
      env.push(`${rp}_START=${start.proto}://${ip}:${start.num}`, `${rp}_PORT_START=${start.num}`, `${rp}_END=${end.proto}://${ip}:${end.num}`, `${rp}_PORT_END=${end.num}`);
    }
    start = p;
    end = p;
  });
  env.push(`${alias}_NAME=${name}`);
  for (const kv of target.config.env) {
    const i = kv.indexOf('=');
    if (i < 0) continue;
    const key = kv.slice(0, i);
    if (key === 'HOME' || key === 'PATH') continue;
    env.push(`${alias}_ENV_${key}=${kv.slice(i + 1)}`);
  }
  return env;
}

/** Every link's env for container `c`; none on user-defined networks, where links are only aliases. */
export function getLinkEnv(host: Host, c: Container): string[] {
  const mode = c.hostConfig.networkMode;
  if (mode !== 'default' && mode !== 'bridge') return [];
  const containers = listContainerSnapshots(host.daemon);
  const env: string[] = [];
  for (const link of c.hostConfig.links) {
    const [target, name] = link.split(':');
    const other = containers.find((o) => `/${o.name}` === target);
    const ip = other?.networks.bridge?.ip;
    if (other && ip) env.push(...linkEnvVars(name, ip, other));
  }
  return env;
}
