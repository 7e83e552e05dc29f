// Parsing of the values `docker run` passes as typed: -p, --restart and -v, with the daemon's
// (era-dependent) error texts.
import { SimError } from '../errors';
import type { DaemonMessages } from '../profile/daemonMessages';
import type { PortBinding, RestartPolicy } from '../world';

export interface ParsedPorts {
  exposed: string[];
  bindings: Record<string, PortBinding[]>;
}

function parseRange(s: string): [number, number] | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(s);
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  if (start > 65535 || end > 65535 || end < start) return undefined;
  return [start, end];
}

function splitIp(rest: string): [string, string, string] {
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    const [hostPort = '', containerPort = ''] = rest.slice(close + 2).split(':');
    return [rest.slice(1, close), hostPort, containerPort];
  }
  const parts = rest.split(':');
  if (parts.length === 1) return ['', '', parts[0]];
  if (parts.length === 2) return ['', parts[0], parts[1]];
  return [parts.slice(0, -2).join(':'), parts[parts.length - 2], parts[parts.length - 1]];
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export function parsePublish(specs: readonly string[], msg: DaemonMessages): ParsedPorts {
  const out: ParsedPorts = { exposed: [], bindings: {} };
  for (const raw of specs) {
    const slash = raw.lastIndexOf('/');
    const rest = slash >= 0 ? raw.slice(0, slash) : raw;
    const proto = slash >= 0 ? raw.slice(slash + 1) : 'tcp';
    const [ip, hostPort, containerPort] = splitIp(rest);
    if (ip && !IPV4.test(ip) && !ip.includes(':')) throw new SimError(msg.invalidIp(ip), 'invalid');
    if (containerPort === '') throw new SimError(msg.noPortSpecified(raw), 'invalid');
    const cr = parseRange(containerPort);
    if (!cr) throw new SimError(msg.invalidContainerPort(containerPort), 'invalid');
    let hr: [number, number] | undefined;
    if (hostPort !== '') {
      hr = parseRange(hostPort);
      if (!hr) throw new SimError(msg.invalidHostPort(hostPort), 'invalid');
      if (hr[1] - hr[0] !== cr[1] - cr[0] && cr[1] !== cr[0]) {
        throw new SimError(msg.invalidPortRanges(containerPort, hostPort), 'invalid');
      }
    }
    if (!['tcp', 'udp', 'sctp'].includes(proto.toLowerCase())) throw new SimError(msg.invalidProto(proto), 'invalid');
    for (let i = 0; i <= cr[1] - cr[0]; i++) {
      const key = `${cr[0] + i}/${proto.toLowerCase()}`;
      if (!out.exposed.includes(key)) out.exposed.push(key);
      const hp = hr ? String(hr[0] + (cr[1] === cr[0] ? 0 : i)) : '';
      (out.bindings[key] ??= []).push({ hostIp: ip, hostPort: hp });
    }
  }
  return out;
}

export function parseRestartPolicy(value: string | undefined, msg: DaemonMessages): RestartPolicy {
  if (value === undefined || value === '') return { name: 'no', maximumRetryCount: 0 };
  const parts = value.split(':');
  if (parts.length > 2) throw new SimError(msg.restartBadFormat, 'invalid');
  let count = 0;
  if (parts.length === 2 && parts[1] !== '') {
    if (!/^[-+]?\d+$/.test(parts[1])) throw new SimError(msg.restartRetryNotInteger, 'invalid');
    count = Number(parts[1]);
  }
  const name = parts[0];
  switch (name) {
    case 'no':
    case 'always':
    case 'unless-stopped':
      if (count !== 0) throw new SimError(msg.restartRetryNotAllowed(name), 'invalid');
      return { name, maximumRetryCount: 0 };
    case 'on-failure':
      if (count < 0) throw new SimError(msg.restartRetryNegative, 'invalid');
      return { name, maximumRetryCount: count };
    default:
      throw new SimError(msg.restartUnknownPolicy(name), 'invalid');
  }
}

export interface VolumeRequest {
  type: 'volume' | 'bind';
  /** Volume name ('' = anonymous) or host path. */
  source: string;
  destination: string;
  rw: boolean;
}

export const VALID_VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export function invalidVolumeNameMessage(name: string): string {
  return `create ${name}: "${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`;
}

export function parseVolumeSpec(spec: string): VolumeRequest {
  const parts = spec.split(':');
  const bad = (why = '') => new SimError(`invalid volume specification: '${spec}'${why}`, 'invalid');
  if (parts.length > 3 || parts.some((p) => p === '')) throw bad();
  const [source, rawDestination, mode] = parts.length === 1 ? ['', parts[0], ''] : [parts[0], parts[1], parts[2] ?? ''];
  let destination = rawDestination;
  const type = source.startsWith('/') ? 'bind' : 'volume';
  if (!destination.startsWith('/')) {
    throw bad(`: invalid mount config for type "${type}": invalid mount path: '${destination}' mount path must be absolute`);
  }
  const modes = mode ? mode.split(',') : [];
  if (modes.some((m) => !['ro', 'rw', 'z', 'Z', 'nocopy', 'shared', 'slave', 'private', 'rshared', 'rslave', 'rprivate'].includes(m))) {
    throw new SimError(`invalid mode: ${mode}`, 'invalid');
  }
  if (type === 'volume' && source !== '' && !VALID_VOLUME_NAME.test(source)) {
    throw new SimError(invalidVolumeNameMessage(source), 'invalid');
  }
  destination = destination.length > 1 ? destination.replace(/\/+$/, '') : destination;
  return { type, source, destination, rw: !modes.includes('ro') };
}
