// `psql [OPTION]... [DBNAME [USERNAME]]`: connects (the container's Unix socket, or TCP with -h),
// prints the banner and enters the psql frame. Defaults as libpq takes them: the user is PGUSER or
// the login name (root in a container), the database PGDATABASE or the user's name.
import { endExecProcess } from '../../../engine/containers/processExit';
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
    if (frame.pid !== undefined && frame.kind === 'container') endExecProcess(cx.ctx, cx.host, frame.pid, code);
    return code;
  };
  const args = parsePsqlArgs(argv);
  if ('error' in args) {
    cx.err(`${args.error}${p.modernErrors ? 'psql: hint: Try "psql --help" for more information.' : 'Try "psql --help" for more information.'}\n`);
    return end(1);
  }
  const env = frame.env;
  const user = args.user ?? env.PGUSER ?? frame.user;
  const database = args.database ?? env.PGDATABASE ?? user;
  const host = args.host ?? env.PGHOST;
  const port = Number(args.port ?? env.PGPORT ?? 5432);
  const password = env.PGPASSWORD;
  const inContainer = frame.kind === 'container' && frame.containerId !== undefined;
  let res: PgConnectResult;
  if (host !== undefined && !host.startsWith('/')) {
    const origin = inContainer ? { host: cx.host, containerId: frame.containerId } : { host: cx.host };
    res = connectPgTcp(cx.ctx, origin, { host, port }, { user, database: args.list ? 'postgres' : database, password });
  } else if (inContainer) {
    res = connectPgSocket(cx.ctx, cx.host, frame.containerId!, { user, database: args.list ? 'postgres' : database });
  } else res = { ok: false, failure: { kind: 'noSocket' } };
  if (!res.ok) {
    cx.err(connectFailureText(p, res.failure));
    return end(2);
  }
  const cluster = readCluster(cx.ctx.world, res.session.host, res.session.containerId);
  if (args.list) {
    if (cluster) cx.out(formatDatabaseList(p, cluster));
    return end(0);
  }
  const state: PsqlState = {
    session: res.session,
    superuser: !!cluster?.roles.find((r) => r.name === user)?.superuser,
    buffer: '',
    ...(host !== undefined && !host.startsWith('/') ? { tcp: { host, port } } : {}),
    ...(password !== undefined ? { password } : {}),
  };
  cx.out(psqlBanner(p));
  const next: Frame = { ...frame, program: 'psql', env: { ...frame.env }, lastExit: 0, state: undefined };
  setPsqlState(next, state);
  cx.pushFrame(next);
  return 0;
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
