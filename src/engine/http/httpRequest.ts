// One HTTP exchange from a client (the host's shell, or a process in a container) to whatever
// answers at the URL: a program listening in a container (through published ports, container
// IPs or the embedded DNS), or a site of the simulated outside world. UI-free: curl, wget and
// the mini browser all render the same HttpExchange.
import type { Ctx } from '../ctx';
import { getListeningPorts } from '../containers/processRuntime';
import { requestProgram } from '../containers/programRunner';
import { requestOutside } from '../outside/outsideWorld';
import type { HttpRequest, HttpResponse } from '../programs/programTypes';
import { connectTo, resolveFor, type NetOrigin } from './netPath';
import { isUrlError, parseUrl, type ParsedUrl } from './parseUrl';
import { listProcesses } from '../tables/processTable';

export type { NetOrigin } from './netPath';

export interface HttpOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export type HttpFailure =
  | { kind: 'bad-url' }
  | { kind: 'unsupported-protocol'; scheme: string }
  | { kind: 'bad-port' }
  | { kind: 'resolve'; host: string }
  | { kind: 'refused'; ip: string; port: number }
  /** No answer at all: the packets were dropped (isolation, a filtered port out there). */
  | { kind: 'timeout'; ip: string; port: number }
  /** Something listens but does not speak HTTP (redis, postgres): the connection closes. */
  | { kind: 'empty-reply'; ip: string; port: number };

export interface HttpExchange {
  url?: ParsedUrl;
  /** The address the name resolved to. */
  ip?: string;
  request?: HttpRequest;
  response?: HttpResponse;
  failure?: HttpFailure;
}

function listenerPid(ctx: Ctx, hostName: string, containerId: string, port: number): number | undefined {
  const procs = (ctx.world.hosts[hostName] ? listProcesses(ctx.world.hosts[hostName].kernel) : []);
  return procs.find((p) => p.containerId === containerId && p.exitCode === undefined && getListeningPorts(p).includes(`${port}/tcp`))?.pid;
}

export function httpRequest(ctx: Ctx, origin: NetOrigin, rawUrl: string, opts: HttpOptions = {}): HttpExchange {
  const parsed = parseUrl(rawUrl);
  if (isUrlError(parsed)) {
    if (parsed.error === 'unsupported') return { failure: { kind: 'unsupported-protocol', scheme: parsed.scheme } };
    return { failure: { kind: parsed.error === 'bad-port' ? 'bad-port' : 'bad-url' } };
  }
  const url = parsed;
  const ip = resolveFor(ctx.world, origin, url.host);
  if (ip === undefined) return { url, failure: { kind: 'resolve', host: url.host } };
  const hostHeader = url.explicitPort ? `${url.host}:${url.port}` : url.host;
  const conn = connectTo(ctx, origin, ip, url.port);
  if (!conn.ok) return { url, ip, failure: { kind: conn.reason, ip, port: url.port } };
  const { dest } = conn;
  const request: HttpRequest = {
    method: opts.method ?? 'GET',
    path: url.path,
    headers: { Host: hostHeader, ...(opts.headers ?? {}) },
    body: opts.body ?? '',
    remoteAddr: dest.remoteAddr,
    port: dest.port,
  };
  if (dest.outside) {
    const answer = requestOutside(ip, url.port, request, ctx.world.now, url.scheme === 'https');
    if (answer.kind === 'timeout') return { url, ip, request, failure: { kind: 'timeout', ip, port: url.port } };
    return { url, ip, request, response: answer.response };
  }
  const pid = dest.containerId ? listenerPid(ctx, dest.host, dest.containerId, dest.port) : undefined;
  if (pid === undefined) return { url, ip, request, failure: { kind: 'refused', ip, port: url.port } };
  const response = requestProgram(ctx, dest.host, pid, request);
  if (!response) return { url, ip, request, failure: { kind: 'empty-reply', ip, port: url.port } };
  return { url, ip, request, response };
}
