// psql's connections without any SQL: TCP through a published port, a container IP and a name on
// a user network, refused ports, unknown hosts, the password prompt, and the --rm client going away.
import { describe, expect, it } from 'vitest';
import { simulate } from '../simulate';

function after(screen: string, marker: string): string {
  return screen.slice(screen.indexOf(marker));
}

describe('psql connections', () => {
  it('reaches the server from another container through the published port and the container IP (classic)', () => {
    const { screen } = simulate(
      [
        'docker run --name pg -d -p 5432:5432 postgres',
        'sleep 2',
        'docker run -it --rm postgres psql -h 192.168.99.100 -U postgres',
        '\\conninfo',
        '\\q',
        'docker run -it --rm postgres psql -h 192.168.99.100 -p 5433 -U postgres',
        'docker run -it --rm postgres psql -h 172.17.0.2 -U nobody',
        'docker ps -a --format "{{.Names}}"',
        'psql -U postgres',
      ],
      { profile: 'classic' },
    );
    expect(after(screen, 'docker@default:~$ docker run -it --rm')).toBe(
      [
        'docker@default:~$ docker run -it --rm postgres psql -h 192.168.99.100 -U postgres',
        'psql (10.4 (Debian 10.4-2.pgdg90+1))',
        'Type "help" for help.',
        '',
        'postgres=# \\conninfo',
        'You are connected to database "postgres" as user "postgres" on host "192.168.99.100" at port "5432".',
        'postgres=# \\q',
        'docker@default:~$ docker run -it --rm postgres psql -h 192.168.99.100 -p 5433 -U postgres',
        'psql: could not connect to server: Connection refused',
        '\tIs the server running on host "192.168.99.100" and accepting',
        '\tTCP/IP connections on port 5433?',
        'docker@default:~$ docker run -it --rm postgres psql -h 172.17.0.2 -U nobody',
        'psql: FATAL:  role "nobody" does not exist',
        'docker@default:~$ docker ps -a --format "{{.Names}}"',
        'pg',
        'docker@default:~$ psql -U postgres',
        'bash: psql: command not found',
        'docker@default:~$ ',
      ].join('\n'),
    );
  });

  it('asks for the password over TCP once POSTGRES_PASSWORD is set, and honours POSTGRES_DB (current)', () => {
    const { screen } = simulate(
      [
        'docker network create app',
        'docker run --name db --network app -d -e POSTGRES_PASSWORD=secret -e POSTGRES_DB=shop postgres',
        'docker exec -it db psql -U postgres',
        'sleep 2',
        'docker run -it --rm --network app postgres psql -h db -U postgres',
        'wrong',
        'docker run -it --rm --network app postgres psql -h db -U postgres -d shop',
        'secret',
        '\\q',
        'docker run -it --rm --network app postgres psql -h nowhere',
      ],
      { profile: 'current' },
    );
    expect(after(screen, 'docker@default:~$ docker exec')).toBe(
      [
        'docker@default:~$ docker exec -it db psql -U postgres',
        'psql: error: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: No such file or directory',
        '\tIs the server running locally and accepting connections on that socket?',
        'docker@default:~$ sleep 2',
        'docker@default:~$ docker run -it --rm --network app postgres psql -h db -U postgres',
        'Password for user postgres: wrong',
        'psql: error: connection to server at "db" (172.18.0.2), port 5432 failed: FATAL:  password authentication failed for user "postgres"',
        'docker@default:~$ docker run -it --rm --network app postgres psql -h db -U postgres -d shop',
        'Password for user postgres: secret',
        'psql (18.1 (Debian 18.1-1.pgdg13+2))',
        'Type "help" for help.',
        '',
        'shop=# \\q',
        'docker@default:~$ docker run -it --rm --network app postgres psql -h nowhere',
        'psql: error: could not translate host name "nowhere" to address: Name or service not known',
        'docker@default:~$ ',
      ].join('\n'),
    );
  });
});
