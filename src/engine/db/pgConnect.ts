// Connecting a client (psql, psycopg2) to a postgres container: through the container's Unix
// socket or over TCP (a container IP, a name on a user network, the docker host's published
// port). What goes wrong is data; each client prints it in its own words.
import type { Ctx } from '../ctx';
import { getListeningPorts } from '../containers/processRuntime';
import { connectTo, resolveFor, type NetOrigin } from '../http/netPath';
import { listProcesses } from '../tables/processTable';
import { getContainerById } from '../tables/containerTable';
import { ensureCluster, pgDataDir } from './pgCluster';
import type { PgSession } from './pgCatalog';

export type PgConnectFailure =
  /** Nothing listens on the Unix socket (the server is not running, or not ready yet). */
  | { kind: 'noSocket' }
  | { kind: 'unknownHost'; host: string }
  | { kind: 'refused'; host: string; ip: string; port: number }
  | { kind: 'timeout'; host: string; ip: string; port: number }
  /** The server said no: `FATAL:  role "x" does not exist`, `password authentication failed …`. */
  | { kind: 'fatal'; message: string; host?: string; ip?: string; port?: number }
  /** The server wants a password and the client has none to give. */
  | { kind: 'noPassword'; host: string; ip: string; port: number };

export type PgConnectResult = { ok: true; session: PgSession } | { ok: false; failure: PgConnectFailure };

export interface PgConnectOptions {
  user: string;
  database: string;
  password?: string;
}

export interface PgTcpTarget {
  host: string;
  port: number;
}

const READY_LINE = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3}) UTC \[\d+\] LOG: {2}database system is ready to accept connections$/;

/** When the server's log says it is ready (its timestamp), for the start that is running now. */
function readyAt(lines: readonly { t: number; text: string }[], startedAt: number): number | undefined {
  for (let i = lines.length - 1; i >= 0 && lines[i].t >= startedAt; i--) {
    const m = READY_LINE.exec(lines[i].text);
    if (m) return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], +m[7]);
  }
  return undefined;
}

/** Is the postgres server in this container accepting connections yet (its log's "ready" line)? */
export function isPgReady(ctx: Ctx, hostName: string, containerId: string): boolean {
  const c = getContainerById(ctx.world.hosts[hostName].daemon, containerId);
  if (!c || c.state.status !== 'running') return false;
  const listening = listProcesses(ctx.world.hosts[hostName].kernel).some(
    (p) => p.containerId === containerId && p.exitCode === undefined && getListeningPorts(p).includes('5432/tcp'),
  );
  if (!listening) return false;
  // The start-up writes its whole log at once, stamped with when each line happens (initdb and a
  // temporary server take 1.5 s on a first start); the server accepts from the "ready" line's time.
  const at = readyAt(c.logs, c.state.startedAt);
  return at === undefined || ctx.world.now >= at;
}

function login(ctx: Ctx, hostName: string, containerId: string, opts: PgConnectOptions, tcp?: { host: string; ip: string; port: number }): PgConnectResult {
  const cluster = ensureCluster(ctx, hostName, containerId);
  const c = getContainerById(ctx.world.hosts[hostName].daemon, containerId)!;
  const fatal = (message: string): PgConnectResult => ({ ok: false, failure: { kind: 'fatal', message, ...(tcp ?? {}) } });
  const role = cluster.roles.find((r) => r.name === opts.user);
  // The image's pg_hba.conf trusts the socket and loopback (initdb's trust lines) and asks for a
  // password over any other TCP connection once one is set.
  const loopback = tcp && (tcp.ip.startsWith('127.') || tcp.ip === '::1');
  if (tcp && !loopback && role?.password !== undefined && role.password !== '') {
    if (opts.password === undefined) return { ok: false, failure: { kind: 'noPassword', ...tcp } };
    if (opts.password !== role.password) return fatal(`password authentication failed for user "${opts.user}"`);
  }
  if (!role) return fatal(`role "${opts.user}" does not exist`);
  if (!cluster.databases.some((d) => d.name === opts.database)) return fatal(`database "${opts.database}" does not exist`);
  if (opts.database === 'template0') return fatal('database "template0" is not currently accepting connections');
  return {
    ok: true,
    session: { host: hostName, containerId, dataDir: pgDataDir(ctx.world, c), dataset: cluster.dataset, database: opts.database, user: opts.user },
  };
}

/** psql inside the container, through /var/run/postgresql/.s.PGSQL.5432. */
export function connectPgSocket(ctx: Ctx, hostName: string, containerId: string, opts: PgConnectOptions): PgConnectResult {
  if (!isPgReady(ctx, hostName, containerId)) return { ok: false, failure: { kind: 'noSocket' } };
  return login(ctx, hostName, containerId, opts);
}

/** A client at `origin` (the docker host, or a container) connecting to host:port over TCP. */
export function connectPgTcp(ctx: Ctx, origin: NetOrigin, target: PgTcpTarget, opts: PgConnectOptions): PgConnectResult {
  const ip = resolveFor(ctx.world, origin, target.host);
  if (ip === undefined) return { ok: false, failure: { kind: 'unknownHost', host: target.host } };
  const where = { host: target.host, ip, port: target.port };
  const conn = connectTo(ctx, origin, ip, target.port);
  if (!conn.ok) return { ok: false, failure: { kind: conn.reason, ...where } };
  const { dest } = conn;
  if (!dest.containerId || dest.port !== 5432 || !isPgReady(ctx, dest.host, dest.containerId)) return { ok: false, failure: { kind: 'refused', ...where } };
  return login(ctx, dest.host, dest.containerId, opts, where);
}
