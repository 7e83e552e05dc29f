import { describe, it, expect } from 'vitest';
import { createWorld } from '../createWorld';
import type { Ctx } from '../ctx';
import type { FsDir, FsNode } from '../fs/fsTypes';
import { getLayerFiles } from './layerFiles';
import { pullImage } from './pullImage';

function lookup(layers: FsDir[], path: string): FsNode | undefined {
  for (const root of [...layers].reverse()) {
    let node: FsNode | undefined = root;
    for (const part of path.split('/').filter(Boolean)) node = node?.t === 'd' ? node.c[part] : undefined;
    if (node) return node;
  }
  return undefined;
}

function pulled(profile: 'current' | 'classic', ref: string): FsDir[] {
  const ctx: Ctx = { world: createWorld({ profile }), events: [] };
  const { imageId } = pullImage(ctx, 'default', ref);
  return ctx.world.hosts.default.daemon.images[imageId].layers.map((d) => getLayerFiles(ctx.world, d));
}

function text(node: FsNode | undefined): string | undefined {
  return node?.t === 'f' ? node.data : undefined;
}

describe('getLayerFiles', () => {
  it('gives ubuntu its os-release, bash and no ps or ping', () => {
    const classic = pulled('classic', 'ubuntu');
    expect(text(lookup(classic, '/etc/os-release'))).toBe(
      'NAME="Ubuntu"\nVERSION="18.04 LTS (Bionic Beaver)"\nID=ubuntu\nID_LIKE=debian\nPRETTY_NAME="Ubuntu 18.04 LTS"\nVERSION_ID="18.04"\nHOME_URL="https://www.ubuntu.com/"\nSUPPORT_URL="https://help.ubuntu.com/"\nBUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"\nPRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"\nVERSION_CODENAME=bionic\nUBUNTU_CODENAME=bionic\n',
    );
    expect(lookup(classic, '/bin/bash')?.t).toBe('f');
    expect(lookup(classic, '/bin/sh')).toEqual({ t: 'l', mode: 0o777, mtime: expect.any(Number), target: 'dash' });
    expect(lookup(classic, '/bin/ps')).toBeUndefined();
    expect(lookup(classic, '/bin/ping')).toBeUndefined();
    const current = pulled('current', 'ubuntu');
    expect(text(lookup(current, '/etc/os-release'))?.split('\n')[0]).toBe('PRETTY_NAME="Ubuntu 24.04.3 LTS"');
    expect(lookup(current, '/bin')).toEqual({ t: 'l', mode: 0o777, mtime: expect.any(Number), target: 'usr/bin' });
    expect(lookup(current, '/usr/bin/bash')?.t).toBe('f');
  });

  it('gives busybox applets but no bash and no os-release', () => {
    const layers = pulled('classic', 'busybox');
    expect(lookup(layers, '/bin/busybox')).toMatchObject({ t: 'f', size: 1_146_000 });
    for (const applet of ['sh', 'ls', 'ping', 'ps', 'hostname', 'wget', 'vi']) {
      expect(lookup(layers, `/bin/${applet}`), applet).toMatchObject({ t: 'l', target: '/bin/busybox' });
    }
    expect(lookup(layers, '/bin/bash')).toBeUndefined();
    expect(lookup(layers, '/etc/os-release')).toBeUndefined();
    expect(text(lookup(layers, '/etc/hostname'))).toBe('');
  });

  it('builds python:3.6.4-slim on Debian jessie with python3 and no ps', () => {
    const layers = pulled('classic', 'python:3.6.4-slim');
    expect(text(lookup(layers, '/etc/os-release'))).toBe(
      'PRETTY_NAME="Debian GNU/Linux 8 (jessie)"\nNAME="Debian GNU/Linux"\nVERSION_ID="8"\nVERSION="8 (jessie)"\nID=debian\nHOME_URL="http://www.debian.org/"\nSUPPORT_URL="http://www.debian.org/support"\nBUG_REPORT_URL="https://bugs.debian.org/"\n',
    );
    expect(lookup(layers, '/usr/local/bin/python3')).toMatchObject({ t: 'l', target: 'python3.6' });
    expect(lookup(layers, '/usr/local/bin/python')).toMatchObject({ t: 'l', target: 'python3' });
    expect(lookup(layers, '/bin/ps')).toBeUndefined();
  });

  it('gives alpine apk and an Alpine os-release, hello-world only /hello', () => {
    const alpine = pulled('current', 'alpine');
    expect(lookup(alpine, '/sbin/apk')?.t).toBe('f');
    expect(text(lookup(alpine, '/etc/os-release'))?.split('\n')[3]).toBe('PRETTY_NAME="Alpine Linux v3.23"');
    const hello = pulled('classic', 'hello-world');
    expect(Object.keys(hello[0].c)).toEqual(['hello']);
  });

  it('serves nginx its welcome page', () => {
    const layers = pulled('current', 'nginx');
    expect(text(lookup(layers, '/usr/share/nginx/html/index.html'))).toContain('<h1>Welcome to nginx!</h1>');
    expect(lookup(layers, '/docker-entrypoint.sh')?.t).toBe('f');
  });
});
