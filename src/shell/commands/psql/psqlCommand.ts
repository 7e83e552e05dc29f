// `psql [OPTION]... [DBNAME [USERNAME]]`: connects (the container's Unix socket, or TCP with -h),
// prints the banner and enters the psql frame. Defaults as libpq takes them: the user is PGUSER or
// the login name (root in a container), the database PGDATABASE or the user's name.
import { containerProcessExited, endExecProcess } from '../../../engine/containers/processExit';
import { connectPgSocket, connectPgTcp, type PgConnectResult } from '../../../engine/db/pgConnect';
import { readCluster } from '../../../engine/db/pgCluster';
import type { Frame } from '../../../engine/world';
import type { Command, CommandContext } from '../../types';
import { formatDatabaseList } from './psqlDescribe';
import { connectFailureText, psqlBanner } from './psqlMessages';
import { setPsqlState, type PsqlState } from './psqlSession';

export interface PsqlArgs {
  user?: string;
  database?: string;
  host?: string;
  port?: string;
  list: boolean;
}

const WITH_VALUE: Record<string, keyof PsqlArgs> = { U: 'user', d: 'database', h: 'host', p: 'port' };
const LONG: Record<string, keyof PsqlArgs> = { username: 'user', dbname: 'database', host: 'host', port: 'port' };

/** getopt_long as psql calls it; returns the bad option's message on failure. */
export function parsePsqlArgs(argv: readonly string[]): PsqlArgs | { error: string } {
  const out: PsqlArgs = { list: false };
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--') && a.length > 2) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
      if (name === 'list') out.list = true;
      else if (name === 'no-password' || name === 'password') continue;
      else if (Object.hasOwn(LONG, name)) {
        const v = inline ?? argv[++i];
        if (v === undefined) return { error: `psql: option '--${name}' requires an argument\n` };
        (out[LONG[name]] as string) = v;
      } else return { error: `psql: unrecognized option '${a}'\n` };
    } else if (a.startsWith('-') && a.length > 1) {
      for (let k = 1; k < a.length; k++) {
        const o = a[k];
        if (Object.hasOwn(WITH_VALUE, o)) {
          const v = a.length > k + 1 ? a.slice(k + 1) : argv[++i];
          if (v === undefined) return { error: `psql: option requires an argument -- '${o}'\n` };
          (out[WITH_VALUE[o]] as string) = v;
          break;
        }
        if (o === 'l') out.list = true;
        else if (o !== 'w' && o !== 'W') return { error: `psql: invalid option -- '${o}'\n` };
      }
    } else positionals.push(a);
  }
  if (positionals[0] !== undefined && out.database === undefined) out.database = positionals[0];
  if (positionals[1] !== undefined && out.user === undefined) out.user = positionals[1];
  return out;
}

/**
 * Starts psql on `frame` (a copy of the shell's frame, or an exec'd process's frame): prints the
 * banner and pushes the frame, or prints why it could not connect. Returns psql's exit status.
 */
export function startPsql(cx: CommandContext, frame: Frame, argv: readonly string[]): number {
  const p = cx.profile.psql;
  const end = (code: number) => {
    endPsqlProcess(cx, frame, code);
    return code;
  };
  const args = parsePsqlArgs(argv);
  if ('error' in args) {
    cx.err(`${args.error}${p.modernErrors ? 'psql: hint: Try "psql --help" for more information.' : 'Try "psql --help" for more information.'}\n`);
    return end(1);
  }
  const env = frame.env;
  const user = args.user ?? env.PGUSER ?? frame.user;
  const host = args.host ?? env.PGHOST;
  const target: PsqlTarget = {
    user,
    database: args.database ?? env.PGDATABASE ?? user,
    port: Number(args.port ?? env.PGPORT ?? 5432),
    list: args.list,
    ...(host !== undefined && !host.startsWith('/') ? { host } : {}),
    ...(env.PGPASSWORD !== undefined ? { password: env.PGPASSWORD } : {}),
  };
  return connectPsql(cx, frame, target, false);
}

/** Where psql connects, as its options and environment said. */
export interface PsqlTarget {
  user: string;
  database: string;
  host?: string;
  port: number;
  list: boolean;
  password?: string;
}

/**
 * Connects and enters the psql frame (`pushed`: the frame is already on the stack, asking for a
 * password). A server that wants a password makes psql ask for one on the terminal first.
 */
export function connectPsql(cx: CommandContext, frame: Frame, t: PsqlTarget, pushed: boolean): number {
  const p = cx.profile.psql;
  const fail = (code: number) => {
    if (pushed && cx.terminal.frames[cx.terminal.frames.length - 1] === frame) cx.terminal.frames.pop();
    endPsqlProcess(cx, frame, code);
    return code;
  };
  const inContainer = frame.kind === 'container' && frame.containerId !== undefined;
  const database = t.list ? 'postgres' : t.database;
  let res: PgConnectResult;
  if (t.host !== undefined) {
    const origin = inContainer ? { host: cx.host, containerId: frame.containerId } : { host: cx.host };
    res = connectPgTcp(cx.ctx, origin, { host: t.host, port: t.port }, { user: t.user, database, ...(t.password !== undefined ? { password: t.password } : {}) });
  } else if (inContainer) {
    res = connectPgSocket(cx.ctx, cx.host, frame.containerId!, { user: t.user, database });
  } else res = { ok: false, failure: { kind: 'noSocket' } };
  if (!res.ok && res.failure.kind === 'noPassword' && t.password === undefined && !pushed) {
    const asking: Frame = { ...frame, program: 'psql', env: { ...frame.env }, lastExit: 0, state: { psqlAuth: t } };
    cx.pushFrame(asking);
    return 0;
  }
  if (!res.ok) {
    cx.err(connectFailureText(p, res.failure));
    return fail(2);
  }
  const cluster = readCluster(cx.ctx.world, res.session.host, res.session.containerId);
  if (t.list) {
    if (cluster) cx.out(formatDatabaseList(p, cluster));
    return fail(0);
  }
  const state: PsqlState = {
    session: res.session,
    superuser: !!cluster?.roles.find((r) => r.name === t.user)?.superuser,
    buffer: '',
    ...(t.host !== undefined ? { tcp: { host: t.host, port: t.port } } : {}),
    ...(t.password !== undefined ? { password: t.password } : {}),
  };
  cx.out(psqlBanner(p));
  if (pushed) {
    frame.state = undefined;
    setPsqlState(frame, state);
    return 0;
  }
  const next: Frame = { ...frame, program: 'psql', env: { ...frame.env }, lastExit: 0, state: undefined };
  setPsqlState(next, state);
  cx.pushFrame(next);
  return 0;
}

/** The target a frame asking for a password waits with. */
export function psqlAuth(frame: Frame): PsqlTarget | undefined {
  return (frame.state as { psqlAuth?: PsqlTarget } | undefined)?.psqlAuth;
}

export function endPsqlProcess(cx: CommandContext, frame: Frame, code: number): void {
  if (frame.kind !== 'container' || frame.pid === undefined || !frame.containerId) return;
  if (frame.isMain) containerProcessExited(cx.ctx, cx.host, frame.containerId, code);
  else endExecProcess(cx.ctx, cx.host, frame.pid, code);
}

export const psqlCommand: Command = {
  name: 'psql',
  summary: 'PostgreSQL interactive terminal',
  run(cx, args) {
    // Neither boot2docker nor the Ubuntu docker host ships a PostgreSQL client.
    if (cx.frame.kind === 'host') {
      cx.err('bash: psql: command not found\n');
      return 127;
    }
    return startPsql(cx, { ...cx.frame, pid: undefined, isMain: false }, args);
  },
};
