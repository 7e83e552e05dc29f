import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../../engine/createWorld';
import type { World } from '../../../../engine/world';
import { type, typeAll } from '../../../testing/shellHarness';
import { typeAllToEnd, typeToEnd } from '../pkgTesting';

function shell(profile: 'classic' | 'current', image: string): World {
  return typeAll(createWorld({ profile }), [`docker run -it --name box ${image} bash`]).world;
}

const JESSIE_UPDATE = [
  'Get:1 http://security.debian.org jessie/updates InRelease [63.1 kB]',
  'Ign http://deb.debian.org jessie InRelease',
  'Get:2 http://deb.debian.org jessie-updates InRelease [145 kB]',
  'Get:3 http://deb.debian.org jessie Release.gpg [2434 B]',
  'Get:4 http://deb.debian.org jessie Release [148 kB]',
  'Get:5 http://security.debian.org jessie/updates/main amd64 Packages [634 kB]',
  'Get:6 http://deb.debian.org jessie-updates/main amd64 Packages [23.1 kB]',
  'Get:7 http://deb.debian.org jessie/main amd64 Packages [9064 kB]',
  'Fetched 10.1 MB in 3s (3272 kB/s)',
  'Reading package lists... Done',
  '',
].join('\n');

describe('apt-get in Debian images', () => {
  it('cannot locate a package before apt-get update (the images delete the lists)', () => {
    const r = typeToEnd(shell('classic', 'python:3.6.4-slim'), 'apt-get install -y curl');
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(['Reading package lists... Done\nBuilding dependency tree... Done\nReading state information... Done\n', 'E: Unable to locate package curl\n', 100]);
  });

  it("fetches jessie's indexes, taking time, then installs curl and its libraries so curl works", () => {
    const up = typeToEnd(shell('classic', 'python:3.6.4-slim'), 'apt-get update');
    expect(up.stdout).toBe(JESSIE_UPDATE);
    expect(up.tookMs).toBeGreaterThan(2000);
    expect(type(up.world, 'ls /var/lib/apt/lists').stdout).toContain('deb.debian.org_dists_jessie_main_binary-amd64_Packages');
    const r = typeToEnd(up.world, 'apt-get install -y iputils-ping');
    expect(r.stdout).toBe(
      [
        'Reading package lists... Done',
        'Building dependency tree... Done',
        'Reading state information... Done',
        'The following additional packages will be installed:',
        '  libcap2',
        'The following NEW packages will be installed:',
        '  iputils-ping libcap2',
        '0 upgraded, 2 newly installed, 0 to remove and 0 not upgraded.',
        'Need to get 72.0 kB of archives.',
        'After this operation, 170 kB of additional disk space will be used.',
        'Get:1 http://deb.debian.org/debian/ jessie/main libcap2 amd64 1:2.24-8 [17.0 kB]',
        'Get:2 http://deb.debian.org/debian/ jessie/main iputils-ping amd64 3:20121221-5+b2 [55.0 kB]',
        'Fetched 72.0 kB in 0s (144 kB/s)',
        'Selecting previously unselected package libcap2:amd64.',
        '(Reading database ... 7052 files and directories currently installed.)',
        'Preparing to unpack .../00-libcap2_1%3a2.24-8_amd64.deb ...',
        'Unpacking libcap2:amd64 (1:2.24-8) ...',
        'Selecting previously unselected package iputils-ping.',
        'Preparing to unpack .../01-iputils-ping_3%3a20121221-5+b2_amd64.deb ...',
        'Unpacking iputils-ping (3:20121221-5+b2) ...',
        'Setting up libcap2:amd64 (1:2.24-8) ...',
        'Setting up iputils-ping (3:20121221-5+b2) ...',
        'Processing triggers for libc-bin (2.19-18+deb8u10) ...',
        '',
      ].join('\n'),
    );
    expect(type(r.world, 'ping -c 1 8.8.8.8').stdout).toContain('1 packets transmitted, 1 received');
    const curl = typeAllToEnd(r.world, ['apt-get install -y curl', 'curl -s example.com']);
    expect(curl.stdout).toContain('<h1>Example Domain</h1>');
    expect(typeToEnd(curl.world, 'apt-get install -y curl').stdout).toContain('curl is already the newest version (7.38.0-4+deb8u10).\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n');
  });

  it('aborts at the prompt without -y when nobody can answer (a script), and installs nothing', () => {
    const w = typeAll(createWorld({ profile: 'current' }), ["docker run --name box python:3.12-slim sh -c 'apt-get update && apt-get install curl; echo $?; ls /usr/bin/curl'"]).world;
    const logs = type(w, 'docker logs box');
    expect(logs.stdout).toContain(
      [
        'Reading package lists...',
        'Building dependency tree...',
        'Reading state information...',
        'Installing:',
        '  curl',
        '',
        'Installing dependencies:',
        '  libcurl4t64 libnghttp2-14 libnghttp3-9 libpsl5t64 librtmp1 libssh2-1t64',
        '',
        'Summary:',
        '  Upgrading: 0, Installing: 7, Removing: 0, Not Upgrading: 0',
        '  Download size: 1125 kB',
        '  Space needed: 2589 kB / 58.4 GB available',
        '',
        'Do you want to continue? [Y/n] Abort.',
        '1',
        '',
      ].join('\n'),
    );
    expect(logs.stderr).toBe('ls: cannot access \'/usr/bin/curl\': No such file or directory\n');
  });

  it("fetches trixie's indexes in a current image, and fails to resolve the mirror on --network none", () => {
    const ok = typeAll(createWorld({ profile: 'current' }), ['docker run --name box python:3.12-slim apt-get update', 'docker logs box']);
    expect(ok.stdout).toBe(
      [
        'Get:1 http://deb.debian.org/debian trixie InRelease [140 kB]',
        'Get:2 http://deb.debian.org/debian trixie-updates InRelease [47.3 kB]',
        'Get:3 http://deb.debian.org/debian-security trixie-security InRelease [43.4 kB]',
        'Get:4 http://deb.debian.org/debian trixie/main amd64 Packages [9670 kB]',
        'Get:5 http://deb.debian.org/debian trixie-updates/main amd64 Packages [5412 B]',
        'Get:6 http://deb.debian.org/debian-security trixie-security/main amd64 Packages [69.7 kB]',
        'Fetched 9976 kB in 3s (3354 kB/s)',
        'Reading package lists...',
        '',
      ].join('\n'),
    );
    const none = typeAll(createWorld({ profile: 'current' }), ['docker run --name box --network none python:3.12-slim apt-get update', 'docker logs box']);
    expect(none.stdout).toBe(
      "Err:1 http://deb.debian.org/debian trixie InRelease\n  Temporary failure resolving 'deb.debian.org'\nErr:2 http://deb.debian.org/debian trixie-updates InRelease\n  Temporary failure resolving 'deb.debian.org'\nErr:3 http://deb.debian.org/debian-security trixie-security InRelease\n  Temporary failure resolving 'deb.debian.org'\nReading package lists...\n",
    );
    expect(none.stderr).toBe(
      "W: Failed to fetch http://deb.debian.org/debian/dists/trixie/InRelease  Temporary failure resolving 'deb.debian.org'\nW: Failed to fetch http://deb.debian.org/debian/dists/trixie-updates/InRelease  Temporary failure resolving 'deb.debian.org'\nW: Failed to fetch http://deb.debian.org/debian-security/dists/trixie-security/InRelease  Temporary failure resolving 'deb.debian.org'\nW: Some index files failed to download. They have been ignored, or old ones used instead.\n",
    );
  });

  it('apt warns that its CLI is not stable when not on a terminal (Ubuntu)', () => {
    const r = typeAll(createWorld({ profile: 'current' }), ['docker run --name box ubuntu apt update', 'docker logs box']);
    expect(r.stderr).toBe('\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n');
    expect(r.stdout.split('\n')[0]).toBe('Get:1 http://archive.ubuntu.com/ubuntu noble InRelease [256 kB]');
    expect(r.stdout.endsWith('Reading package lists...\nBuilding dependency tree...\nReading state information...\nAll packages are up to date.\n')).toBe(true);
  });

  it('asks on a terminal without -y: n aborts with status 1, Enter goes on and installs', () => {
    const w = typeAllToEnd(shell('classic', 'python:3.6.4-slim'), ['apt-get update']).world;
    const asked = type(w, 'apt-get install curl');
    expect(asked.stdout.endsWith('Need to get 2136 kB of archives.\nAfter this operation, 5149 kB of additional disk space will be used.\n')).toBe(true);
    expect(asked.prompt).toBe('Do you want to continue? [Y/n] ');
    const no = typeAll(asked.world, ['n', 'echo $?']);
    expect(no.stdout).toBe('1\n');
    expect(type(no.world, 'ls /usr/bin/curl').exitCode).toBe(2);
    const yes = typeToEnd(asked.world, '');
    expect(yes.stdout.split('\n')[0]).toBe('Get:1 http://deb.debian.org/debian/ jessie/main libcurl3 amd64 7.38.0-4+deb8u10 [292 kB]');
    expect(type(yes.world, 'ls /usr/bin/curl').stdout).toBe('/usr/bin/curl\n');
  });

  it('installs the other everyday packages (jq) with their release versions, no false "Unable to locate"', () => {
    const r = typeAllToEnd(shell('current', 'ubuntu'), ['apt-get update', 'apt-get install -y jq']);
    expect(r.stdout).toContain('The following NEW packages will be installed:\n  jq\n0 upgraded, 1 newly installed, 0 to remove and 0 not upgraded.\n');
    expect(r.stdout).toContain('Get:1 http://archive.ubuntu.com/ubuntu noble/main amd64 jq amd64 1.7.1-3build1 [45.0 kB]\n');
    expect(type(r.world, 'ls /usr/bin/jq').stdout).toBe('/usr/bin/jq\n');
  });

  it('is not on the docker host', () => {
    expect(type(createWorld({ profile: 'current' }), 'apt-get update').stderr).toBe('bash: apt-get: command not found\n');
  });
});
