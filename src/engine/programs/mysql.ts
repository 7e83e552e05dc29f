// mysqld as the official image's docker-entrypoint.sh starts it. A first start without one of the
// password variables fails; otherwise the entrypoint initialises the data directory, runs a
// temporary server to create MYSQL_DATABASE / MYSQL_USER, and execs the real server on 3306
// (and the X protocol on 33060 from 8.0). An initialised /var/lib/mysql (a restart, a reused
// volume) goes straight to the server. The 2018 entrypoint printed plain lines; today's prefixes
// `date [Note] [Entrypoint]:`.
import type { ProgramApi, ProgramDef } from './programTypes';

const DATADIR = '/var/lib/mysql';

interface MysqlState {
  readyAt: number;
}
const MARKER = `${DATADIR}/ibdata1`;

/** The server version a container runs, from the image's MYSQL_VERSION (e.g. `8.0.44-1.el9`, `5.7.22-1debian9`). */
export function mysqlVersion(api: ProgramApi): string {
  return (api.env.MYSQL_VERSION ?? (api.profile === 'classic' ? '8.0.11' : '9.5.0')).split('-')[0];
}

function isModern(api: ProgramApi): boolean {
  return api.profile === 'current';
}

const is57 = (v: string) => v.startsWith('5.');

function p2(n: number): string {
  return String(n).padStart(2, '0');
}

/** mysqld's own log time: `2026-01-15T10:00:00.000000Z`. */
function serverTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 23)}000Z`;
}

/** The entrypoint's `date --rfc-3339=seconds`: `2026-01-15 10:00:00+00:00`. */
function entryTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}+00:00`;
}

function note(api: ProgramApi, offset: number, msg: string): string {
  return `${entryTime(api.now + offset)} [Note] [Entrypoint]: ${msg}\n`;
}

function server(api: ProgramApi, offset: number, thread: number, level: string, code: string, sub: string, msg: string): string {
  return `${serverTime(api.now + offset)} ${thread} [${level}] [${code}] [${sub}] ${msg}\n`;
}

function readyText(api: ProgramApi, offset: number, pid: number, port: number): string {
  const v = mysqlVersion(api);
  if (is57(v)) {
    return (
      `${serverTime(api.now + offset)} 0 [Note] mysqld (mysqld ${v}) starting as process ${pid} ...\n` +
      `${serverTime(api.now + offset + 300)} 0 [Note] mysqld: ready for connections.\nVersion: '${v}'  socket: '/var/run/mysqld/mysqld.sock'  port: ${port}  MySQL Community Server (GPL)\n`
    );
  }
  const x = port === 0 ? 'Socket: /var/run/mysqld/mysqlx.sock' : "Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock";
  return (
    server(api, offset, 0, 'System', 'MY-010116', 'Server', `/usr/sbin/mysqld (mysqld ${v}) starting as process ${pid}`) +
    server(api, offset + 5, 1, 'System', 'MY-013576', 'InnoDB', 'InnoDB initialization has started.') +
    server(api, offset + 120, 1, 'System', 'MY-013577', 'InnoDB', 'InnoDB initialization has ended.') +
    server(api, offset + 250, 0, 'Warning', 'MY-010068', 'Server', 'CA certificate ca.pem is self signed.') +
    server(api, offset + 250, 0, 'System', 'MY-013602', 'Server', 'Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.') +
    server(api, offset + 265, 0, 'System', 'MY-011323', 'Server', `X Plugin ready for connections. ${x}`) +
    server(api, offset + 265, 0, 'System', 'MY-010931', 'Server', `/usr/sbin/mysqld: ready for connections. Version: '${v}'  socket: '/var/run/mysqld/mysqld.sock'  port: ${port}  MySQL Community Server - GPL.`)
  );
}

function missingPassword(api: ProgramApi): void {
  if (isModern(api)) {
    api.err(
      `${entryTime(api.now)} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n` +
        '    You need to specify one of the following as an environment variable:\n    - MYSQL_ROOT_PASSWORD\n    - MYSQL_ALLOW_EMPTY_PASSWORD\n    - MYSQL_RANDOM_ROOT_PASSWORD\n',
    );
  } else {
    api.err('error: database is uninitialized and password option is not specified \n  You need to specify one of MYSQL_ROOT_PASSWORD, MYSQL_ALLOW_EMPTY_PASSWORD and MYSQL_RANDOM_ROOT_PASSWORD\n');
  }
  api.exit(1);
}

const TZ_WARNINGS = ['iso3166.tab', 'leapseconds', 'tzdata.zi', 'zone.tab', 'zone1970.tab'].map((f) => `Warning: Unable to load '/usr/share/zoneinfo/${f}' as time zone. Skipping it.\n`).join('');

function initModern(api: ProgramApi): string {
  const v = mysqlVersion(api);
  let t = note(api, 0, 'Initializing database files');
  t += server(api, 10, 0, 'System', 'MY-013169', 'Server', `/usr/sbin/mysqld (mysqld ${v}) initializing of server in progress as process 80`);
  t += server(api, 15, 1, 'System', 'MY-013576', 'InnoDB', 'InnoDB initialization has started.');
  t += server(api, 3800, 1, 'System', 'MY-013577', 'InnoDB', 'InnoDB initialization has ended.');
  t += server(api, 7800, 6, 'Warning', 'MY-010453', 'Server', 'root@localhost is created with an empty password ! Please consider switching off the --initialize-insecure option.');
  t += note(api, 11_000, 'Database files initialized');
  t += note(api, 11_000, 'Starting temporary server');
  t += readyText(api, 11_300, 126, 0);
  t += note(api, 12_000, 'Temporary server started.');
  t += "'/var/lib/mysql/mysql.sock' -> '/var/run/mysqld/mysqld.sock'\n";
  t += TZ_WARNINGS;
  if (api.env.MYSQL_RANDOM_ROOT_PASSWORD) t += note(api, 15_000, `GENERATED ROOT PASSWORD: ${randomPassword(api)}`);
  if (api.env.MYSQL_DATABASE) t += note(api, 15_000, `Creating database ${api.env.MYSQL_DATABASE}`);
  if (api.env.MYSQL_USER && api.env.MYSQL_PASSWORD) {
    t += note(api, 15_000, `Creating user ${api.env.MYSQL_USER}`);
    if (api.env.MYSQL_DATABASE) t += note(api, 15_000, `Giving user ${api.env.MYSQL_USER} access to schema ${api.env.MYSQL_DATABASE}`);
  }
  t += `\n${note(api, 15_000, 'Stopping temporary server')}`;
  t += server(api, 15_010, 10, 'System', 'MY-013172', 'Server', `Received SHUTDOWN from user root. Shutting down mysqld (Version: ${v}).`);
  t += server(api, 16_000, 0, 'System', 'MY-010910', 'Server', `/usr/sbin/mysqld: Shutdown complete (mysqld ${v})  MySQL Community Server - GPL.`);
  t += note(api, 17_000, 'Temporary server stopped');
  t += `\n${note(api, 17_000, 'MySQL init process done. Ready for start up.')}\n`;
  return t + readyText(api, 17_100, 1, 3306);
}

function initClassic(api: ProgramApi): string {
  let t = 'Initializing database\n';
  t += 'Database initialized\n';
  t += 'MySQL init process in progress...\n';
  t += TZ_WARNINGS;
  if (api.env.MYSQL_RANDOM_ROOT_PASSWORD) t += `GENERATED ROOT PASSWORD: ${randomPassword(api)}\n`;
  t += '\n/usr/local/bin/docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/*\n\n\nMySQL init process done. Ready for start up.\n\n';
  return t + readyText(api, 9_000, 1, 3306);
}

function randomPassword(api: ProgramApi): string {
  const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) s += chars[api.random(chars.length)];
  return s;
}

function initialised(api: ProgramApi): boolean {
  return api.readFile(MARKER) !== undefined || api.container.logs.some((l) => l.text.includes('MySQL init process done. Ready for start up.'));
}

export const mysqld: ProgramDef = {
  name: 'mysqld',
  start(api) {
    const v = mysqlVersion(api);
    const pkg = api.env.MYSQL_VERSION ?? v;
    let head = '';
    if (isModern(api)) {
      head = note(api, 0, `Entrypoint script for MySQL Server ${pkg} started.`) + note(api, 0, "Switching to dedicated user 'mysql'") + note(api, 0, `Entrypoint script for MySQL Server ${pkg} started.`);
    }
    if (!initialised(api)) {
      const e = api.env;
      if (!e.MYSQL_ROOT_PASSWORD && !e.MYSQL_ALLOW_EMPTY_PASSWORD && !e.MYSQL_RANDOM_ROOT_PASSWORD) {
        api.out(head);
        missingPassword(api);
        return;
      }
      api.out(head + (isModern(api) ? initModern(api) : initClassic(api)));
      api.writeFile?.(MARKER, '');
      // The log above runs ahead of the clock; a stop must not be stamped before it.
      api.setState<MysqlState>({ readyAt: api.now + (isModern(api) ? 17_400 : 9_300) });
    } else {
      api.out(head + readyText(api, 0, 1, 3306));
    }
    api.listen(3306);
    if (!is57(v)) api.listen(33060);
  },
  signal(api, sig) {
    if (sig !== 'SIGTERM' && sig !== 'SIGINT') return;
    const v = mysqlVersion(api);
    const at = Math.max(api.now, api.getState<MysqlState>()?.readyAt ?? 0) - api.now;
    if (is57(v)) {
      api.out(`${serverTime(api.now + at)} 0 [Note] mysqld: Normal shutdown\n\n${serverTime(api.now + at + 1200)} 0 [Note] mysqld: Shutdown complete\n\n`);
    } else {
      api.out(
        server(api, at, 0, 'System', 'MY-013172', 'Server', `Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: ${v}).`) +
          server(api, at + 1200, 0, 'System', 'MY-010910', 'Server', `/usr/sbin/mysqld: Shutdown complete (mysqld ${v})  MySQL Community Server - GPL.`),
      );
    }
    api.exit(0);
  },
};
