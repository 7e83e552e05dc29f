import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../../engine/createWorld';
import { type, typeAll } from '../../../testing/shellHarness';
import { tabTo } from './digCommand';

describe('dig', () => {
  it('pads owner names with tabs to dig columns', () => {
    expect(tabTo(';mysql.', 32)).toBe(';mysql.\t\t\t\t');
    expect(tabTo('mysql.', 24)).toBe('mysql.\t\t\t');
    expect(tabTo('a-very-long-container-name.', 24)).toBe('a-very-long-container-name.\t');
  });

  it('answers a network alias from the embedded DNS and NXDOMAIN for unknown names (netshoot, today)', () => {
    const w = typeAll(createWorld({ profile: 'current' }), [
      'docker network create todo-app',
      'docker run -d --name db --network todo-app --network-alias mysql busybox sleep 1000',
      'docker run -d --name shoot --network todo-app nicolaka/netshoot sleep 1000',
    ]).world;
    const r = type(w, 'docker exec shoot dig mysql');
    const id = /id: (\d+)/.exec(r.stdout)?.[1];
    const when = /WHEN: (.*)/.exec(r.stdout)?.[1];
    expect(r.stdout).toBe(
      '\n; <<>> DiG 9.20.15 <<>> mysql\n;; global options: +cmd\n;; Got answer:\n' +
        `;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ${id}\n` +
        ';; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 0\n\n' +
        ';; QUESTION SECTION:\n;mysql.\t\t\t\tIN\tA\n\n' +
        ';; ANSWER SECTION:\nmysql.\t\t\t600\tIN\tA\t172.18.0.2\n\n' +
        `;; Query time: 0 msec\n;; SERVER: 127.0.0.11#53(127.0.0.11) (UDP)\n;; WHEN: ${when}\n;; MSG SIZE  rcvd: 39\n\n`,
    );
    expect(when).toMatch(/^\w{3} \w{3} \d\d \d\d:\d\d:\d\d UTC 2026$/);
    const miss = type(w, 'docker exec shoot dig nope').stdout;
    expect(miss).toContain(';; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: ');
    expect(miss).toContain(';; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 0\n\n;; QUESTION SECTION:\n;nope.\t\t\t\tIN\tA\n\n;; Query time: 0 msec\n');
    expect(miss).toContain(';; MSG SIZE  rcvd: 22\n');
  });

  it('is missing from busybox images', () => {
    const w = typeAll(createWorld({ profile: 'classic' }), ['docker run -d --name c1 busybox sleep 1000']).world;
    const r = type(w, 'docker exec c1 dig web');
    expect(r.stdout + r.stderr).toBe('OCI runtime exec failed: exec failed: container_linux.go:348: starting container process caused "exec: \\"dig\\": executable file not found in $PATH": unknown\n');
  });
});
