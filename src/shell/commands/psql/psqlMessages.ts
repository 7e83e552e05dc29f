// What psql prints when it connects or fails to: the banner, and libpq's connection errors in
// the wording of the client's version (libpq 10's `could not connect to server`, 14+'s
// `connection to server … failed`).
import type { PgConnectFailure } from '../../../engine/db/pgConnect';
import type { PsqlProfile } from '../../../engine/profile/psqlProfile';

export const PG_SOCKET = '/var/run/postgresql/.s.PGSQL.5432';

export function psqlBanner(p: PsqlProfile): string {
  return `psql (${p.version} (Debian ${p.packageVersion}))\nType "help" for help.\n\n`;
}

function isNumericHost(host: string): boolean {
  return /^\d+\.\d+\.\d+\.\d+$/.test(host) || host.includes(':');
}

export function connectFailureText(p: PsqlProfile, f: PgConnectFailure): string {
  if (p.modernErrors) {
    const at = (host: string, ip: string, port: number) =>
      `connection to server at "${host}"${isNumericHost(host) ? '' : ` (${ip})`}, port ${port} failed`;
    switch (f.kind) {
      case 'noSocket':
        return `psql: error: connection to server on socket "${PG_SOCKET}" failed: No such file or directory\n\tIs the server running locally and accepting connections on that socket?\n`;
      case 'unknownHost':
        return `psql: error: could not translate host name "${f.host}" to address: Name or service not known\n`;
      case 'refused':
        return `psql: error: ${at(f.host, f.ip, f.port)}: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\n`;
      case 'timeout':
        return `psql: error: ${at(f.host, f.ip, f.port)}: Connection timed out\n\tIs the server running on that host and accepting TCP/IP connections?\n`;
      case 'noPassword':
        return `psql: error: ${at(f.host, f.ip, f.port)}: fe_sendauth: no password supplied\n`;
      case 'fatal':
        return f.host !== undefined
          ? `psql: error: ${at(f.host, f.ip ?? '', f.port ?? 5432)}: FATAL:  ${f.message}\n`
          : `psql: error: connection to server on socket "${PG_SOCKET}" failed: FATAL:  ${f.message}\n`;
    }
  }
  const hostDesc = (host: string, ip: string) => (isNumericHost(host) ? `"${host}"` : `"${host}" (${ip})`);
  switch (f.kind) {
    case 'noSocket':
      return `psql: could not connect to server: No such file or directory\n\tIs the server running locally and accepting\n\tconnections on Unix domain socket "${PG_SOCKET}"?\n`;
    case 'unknownHost':
      return `psql: could not translate host name "${f.host}" to address: Name or service not known\n`;
    case 'refused':
      return `psql: could not connect to server: Connection refused\n\tIs the server running on host ${hostDesc(f.host, f.ip)} and accepting\n\tTCP/IP connections on port ${f.port}?\n`;
    case 'timeout':
      return `psql: could not connect to server: Connection timed out\n\tIs the server running on host ${hostDesc(f.host, f.ip)} and accepting\n\tTCP/IP connections on port ${f.port}?\n`;
    case 'noPassword':
      return 'psql: fe_sendauth: no password supplied\n';
    case 'fatal':
      return `psql: FATAL:  ${f.message}\n`;
  }
}
