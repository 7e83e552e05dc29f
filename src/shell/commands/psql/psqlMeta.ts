// psql's backslash commands: they are psql's own, never sent to the server as typed.
import { endPsqlProcess } from './psqlCommand';
import { connectPgSocket, connectPgTcp } from '../../../engine/db/pgConnect';
import { readCluster } from '../../../engine/db/pgCluster';
import type { CommandContext } from '../../types';
import { describeSql, formatDatabaseList, formatRoleList } from './psqlDescribe';
import { connectFailureText, PG_SOCKET } from './psqlMessages';
import { describeRequest, psqlJob, psqlState, runStatements, setPsqlState, type PsqlIo, type PsqlState } from './psqlSession';
import { formatTable } from './psqlFormat';

function ioOf(cx: CommandContext): PsqlIo {
  return { ctx: cx.ctx, profile: cx.profile, frame: cx.frame, out: cx.out, err: cx.err };
}

/** Split a meta-command line into the command and its arguments (psql's quoting, simplified). */
export function splitMeta(line: string): { cmd: string; args: string[] } {
  const m = /^\\(\S+?)(?=\s|\\|$)(.*)$/s.exec(line.trim());
  if (!m) return { cmd: '', args: [] };
  const args = m[2].trim() === '' ? [] : (m[2].trim().match(/"(?:[^"]|"")*"|'(?:[^']|'')*'|\S+/g) ?? []);
  return { cmd: m[1], args: args.map((a) => (a.startsWith("'") ? a.slice(1, -1).replace(/''/g, "'") : a)) };
}

export function quitPsql(cx: CommandContext): number {
  const frames = cx.terminal.frames;
  const frame = frames[frames.length - 1];
  if (frames.length > 1) frames.pop();
  if (frame.program === 'psql') endPsqlProcess(cx, frame, 0);
  frames[frames.length - 1].lastExit = 0;
  return 0;
}

function reconnect(cx: CommandContext, state: PsqlState, args: string[]): number {
  const p = cx.profile.psql;
  const database = args[0] && args[0] !== '-' ? args[0] : state.session.database;
  const user = args[1] && args[1] !== '-' ? args[1] : state.session.user;
  const origin = cx.frame.kind === 'container' && cx.frame.containerId ? { host: cx.host, containerId: cx.frame.containerId } : { host: cx.host };
  const res = state.tcp
    ? connectPgTcp(cx.ctx, origin, state.tcp, { user, database, password: state.password })
    : connectPgSocket(cx.ctx, state.session.host, state.session.containerId, { user, database });
  if (!res.ok) {
    cx.err(`${connectFailureText(p, res.failure).replace(/^psql: (error: )?/, '')}Previous connection kept\n`);
    return 1;
  }
  const cluster = readCluster(cx.ctx.world, res.session.host, res.session.containerId);
  setPsqlState(cx.frame, { ...state, session: res.session, superuser: !!cluster?.roles.find((r) => r.name === user)?.superuser });
  const where = state.tcp ? ` on host "${state.tcp.host}" at port "${state.tcp.port}"` : '';
  cx.out(`You are now connected to database "${database}" as user "${user}"${where}.\n`);
  return 0;
}

function conninfo(cx: CommandContext, state: PsqlState): void {
  const { session, tcp } = state;
  if (!cx.profile.psql.conninfoTable) {
    const where = tcp ? `on host "${tcp.host}"` : `via socket in "${PG_SOCKET.replace(/\/[^/]+$/, '')}"`;
    cx.out(`You are connected to database "${session.database}" as user "${session.user}" ${where} at port "${tcp?.port ?? 5432}".\n`);
    return;
  }
  const rows = [
    ['Database', session.database],
    ['Client User', session.user],
    tcp ? ['Host', tcp.host] : ['Socket Directory', '/var/run/postgresql'],
    ['Server Port', String(tcp?.port ?? 5432)],
    ['Options', ''],
    ['Protocol Version', '3.0'],
    ['Password Used', tcp && state.password !== undefined ? 'true' : 'false'],
    ['GSSAPI Authenticated', 'false'],
    ['Backend PID', '68'],
    ['SSL Connection', 'false'],
    ['Superuser', state.superuser ? 'on' : 'off'],
    ['Hot Standby', 'off'],
  ];
  cx.out(formatTable({ columns: ['Parameter', 'Value'], types: [], rows }, { title: 'Connection Information', rightAlign: [false, false] }));
}

/** Runs one backslash command; returns psql's status for it. */
export function runMeta(cx: CommandContext, line: string): number {
  const state = psqlState(cx.frame);
  if (!state) return quitPsql(cx);
  const { cmd, args } = splitMeta(line);
  const io = ioOf(cx);
  const cluster = () => readCluster(cx.ctx.world, state.session.host, state.session.containerId);
  switch (cmd) {
    case 'q':
    case 'quit':
      return quitPsql(cx);
    case 'l':
    case 'list': {
      const c = cluster();
      if (c) cx.out(formatDatabaseList(cx.profile.psql, c));
      return 0;
    }
    case 'du':
    case 'dg': {
      const c = cluster();
      if (c) cx.out(formatRoleList(cx.profile.psql, c));
      return 0;
    }
    case 'c':
    case 'connect':
      return reconnect(cx, state, args);
    case 'conninfo':
      conninfo(cx, state);
      return 0;
    case 'dt':
    case 'd': {
      const describe = { kind: cmd, ...(args[0] ? { arg: args[0] } : {}) } as const;
      const wait = describeRequest(io, describeSql(describe), describe);
      if (wait) cx.startJob(psqlJob(io, wait));
      return 0;
    }
    case 'g': {
      const wait = state.last ? runStatements(io, [state.last]) : undefined;
      if (wait) cx.startJob(psqlJob(io, wait));
      return 0;
    }
    default:
      cx.err(cx.profile.psql.modernErrors ? `invalid command \\${cmd}\nTry \\? for help.\n` : `Invalid command \\${cmd}. Try \\? for help.\n`);
      return 1;
  }
}
