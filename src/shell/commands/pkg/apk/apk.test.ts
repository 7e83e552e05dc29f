import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../../engine/createWorld';
import type { World } from '../../../../engine/world';
import { type, typeAll } from '../../../testing/shellHarness';
import { typeToEnd } from '../pkgTesting';

function alpine(profile: 'classic' | 'current'): World {
  return typeAll(createWorld({ profile }), ['docker run -it --name box alpine sh']).world;
}

describe('apk in Alpine images', () => {
  it('adds curl on Alpine 3.7 with the index fetches, numbered installs and triggers; curl then works', () => {
    const r = typeToEnd(alpine('classic'), 'apk add --no-cache curl');
    expect(r.stdout).toBe(
      [
        'fetch http://dl-cdn.alpinelinux.org/alpine/v3.7/main/x86_64/APKINDEX.tar.gz',
        'fetch http://dl-cdn.alpinelinux.org/alpine/v3.7/community/x86_64/APKINDEX.tar.gz',
        '(1/4) Installing ca-certificates (20171114-r0)',
        '(2/4) Installing libssh2 (1.8.0-r2)',
        '(3/4) Installing libcurl (7.59.0-r0)',
        '(4/4) Installing curl (7.59.0-r0)',
        'Executing busybox-1.27.2-r7.trigger',
        'Executing ca-certificates-20171114-r0.trigger',
        'OK: 6 MiB in 17 packages',
        '',
      ].join('\n'),
    );
    expect(r.tookMs).toBeGreaterThan(500);
    expect(type(r.world, 'curl -s example.com').stdout).toContain('<h1>Example Domain</h1>');
    expect(typeToEnd(r.world, 'apk add curl').stdout).toBe(
      'fetch http://dl-cdn.alpinelinux.org/alpine/v3.7/main/x86_64/APKINDEX.tar.gz\nfetch http://dl-cdn.alpinelinux.org/alpine/v3.7/community/x86_64/APKINDEX.tar.gz\nOK: 6 MiB in 17 packages\n',
    );
  });

  it('adds curl on Alpine 3.23 over https', () => {
    const r = typeToEnd(alpine('current'), 'apk add curl');
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      'fetch https://dl-cdn.alpinelinux.org/alpine/v3.23/main/x86_64/APKINDEX.tar.gz',
      'fetch https://dl-cdn.alpinelinux.org/alpine/v3.23/community/x86_64/APKINDEX.tar.gz',
      '(1/10) Installing brotli-libs (1.2.0-r0)',
      '(2/10) Installing c-ares (1.34.6-r0)',
    ]);
    expect(r.stdout.endsWith('(10/10) Installing curl (8.17.0-r1)\nExecuting busybox-1.37.0-r29.trigger\nOK: 13 MiB in 26 packages\n')).toBe(true);
  });

  it('names an unknown package per apk generation', () => {
    const old = typeToEnd(alpine('classic'), 'apk add foo');
    expect([old.stderr, old.exitCode]).toEqual(['ERROR: unsatisfiable constraints:\n  foo (missing):\n    required by: world[foo]\n', 1]);
    const cur = typeToEnd(alpine('current'), 'apk add foo');
    expect([cur.stderr, cur.exitCode]).toEqual(['ERROR: unable to select packages:\n  foo (no such package):\n    required by: world[foo]\n', 1]);
  });

  it('cannot fetch the indexes on --network none', () => {
    const r = typeAll(createWorld({ profile: 'classic' }), ['docker run --name box --network none alpine apk add curl', 'docker logs box']);
    expect(r.stdout).toBe('fetch http://dl-cdn.alpinelinux.org/alpine/v3.7/main/x86_64/APKINDEX.tar.gz\nfetch http://dl-cdn.alpinelinux.org/alpine/v3.7/community/x86_64/APKINDEX.tar.gz\n');
    expect(r.stderr).toBe(
      'ERROR: http://dl-cdn.alpinelinux.org/alpine/v3.7/main: temporary error (try again later)\nWARNING: Ignoring APKINDEX.70c88391.tar.gz: No such file or directory\nERROR: http://dl-cdn.alpinelinux.org/alpine/v3.7/community: temporary error (try again later)\nWARNING: Ignoring APKINDEX.5a59b88b.tar.gz: No such file or directory\nERROR: unsatisfiable constraints:\n  curl (missing):\n    required by: world[curl]\n',
    );
  });

  it('updates the indexes', () => {
    expect(typeToEnd(alpine('classic'), 'apk update').stdout).toBe(
      'fetch http://dl-cdn.alpinelinux.org/alpine/v3.7/main/x86_64/APKINDEX.tar.gz\nfetch http://dl-cdn.alpinelinux.org/alpine/v3.7/community/x86_64/APKINDEX.tar.gz\nv3.7.0-215-g16971064c0 [http://dl-cdn.alpinelinux.org/alpine/v3.7/main]\nv3.7.0-207-gac61833f9b [http://dl-cdn.alpinelinux.org/alpine/v3.7/community]\nOK: 9054 distinct packages available\n',
    );
  });
});
