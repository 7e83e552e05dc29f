import { describe, it, expect } from 'vitest';
import { createWorld } from '../createWorld';
import type { Ctx } from '../ctx';
import { pullImage } from './pullImage';

function ctxFor(profile: 'current' | 'classic'): Ctx {
  return { world: createWorld({ profile }), events: [] };
}

describe('pullImage', () => {
  it('prints the classic hello-world pull', () => {
    const ctx = ctxFor('classic');
    const r = pullImage(ctx, 'default', 'hello-world');
    expect(r.defaultTag).toBe(true);
    expect(r.finalLine).toBeUndefined();
    expect(r.lines).toEqual([
      'latest: Pulling from library/hello-world',
      '9bb5a5d4561a: Pull complete',
      'Digest: sha256:f5233545e43561214ca4891fd1157e1c3c563316ed8e237750d59bde73361e77',
      'Status: Downloaded newer image for hello-world:latest',
    ]);
    expect(r.imageId.slice(0, 12)).toBe('e38bc07ac18e');
    expect(ctx.world.hosts.default.daemon.tags['hello-world:latest']).toBe(r.imageId);
    expect(ctx.events.map((e) => e.type)).toEqual(['layer.downloaded', 'image.pulled']);
  });

  it('prints the current hello-world pull with the full reference last', () => {
    const ctx = ctxFor('current');
    const before = ctx.world.now;
    const r = pullImage(ctx, 'default', 'hello-world:latest');
    expect(r.defaultTag).toBe(false);
    expect([...r.lines, r.finalLine]).toEqual([
      'latest: Pulling from library/hello-world',
      'c1ec31eb5944: Pull complete',
      'Digest: sha256:1b5a981c857d64321e97cbadf20b183e3c2814ee68315f42011e057d2ac467e9',
      'Status: Downloaded newer image for hello-world:latest',
      'docker.io/library/hello-world:latest',
    ]);
    expect(ctx.world.now - before).toBe(r.durationMs);
    expect(r.durationMs).toBeGreaterThan(0);
  });

  it('says up to date on a second pull', () => {
    const ctx = ctxFor('classic');
    pullImage(ctx, 'default', 'busybox');
    const r = pullImage(ctx, 'default', 'busybox');
    expect(r.upToDate).toBe(true);
    expect(r.lines).toEqual([
      'latest: Pulling from library/busybox',
      `Digest: ${r.lines[1].slice(8)}`,
      'Status: Image is up to date for busybox:latest',
    ]);
  });

  it('shows Already exists for a base layer shared with an earlier pull', () => {
    const ctx = ctxFor('classic');
    const pg = pullImage(ctx, 'default', 'postgres:10');
    const nginx = pullImage(ctx, 'default', 'nginx');
    expect(nginx.lines[1]).toBe(`${pg.progress[0].id}: Already exists`);
    expect(nginx.lines.slice(2, 4)).toEqual([`${nginx.progress[1].id}: Pull complete`, `${nginx.progress[2].id}: Pull complete`]);
    expect(nginx.progress[1].states).toEqual(['Pulling fs layer', 'Downloading', 'Verifying Checksum', 'Download complete', 'Extracting', 'Pull complete']);
    expect(pg.progress[5].states[1]).toBe('Waiting');
  });

  it('shares the trixie base between python:3.12-slim and postgres in current', () => {
    const ctx = ctxFor('current');
    const py = pullImage(ctx, 'default', 'python:3.12-slim');
    const pg = pullImage(ctx, 'default', 'postgres');
    expect(pg.lines[1]).toBe(`${py.progress[0].id}: Already exists`);
    expect(pg.lines.filter((l) => l.endsWith('Already exists'))).toHaveLength(1);
  });

  it('rejects unknown repositories and tags with each era’s message', () => {
    expect(() => pullImage(ctxFor('classic'), 'default', 'foo')).toThrow("pull access denied for foo, repository does not exist or may require 'docker login'");
    expect(() => pullImage(ctxFor('current'), 'default', 'foo')).toThrow("pull access denied for foo, repository does not exist or may require 'docker login': denied: requested access to the resource is denied");
    expect(() => pullImage(ctxFor('classic'), 'default', 'ubuntu:nosuch')).toThrow(/^manifest for ubuntu:nosuch not found$/);
    expect(() => pullImage(ctxFor('current'), 'default', 'ubuntu:nosuch')).toThrow(/^manifest for ubuntu:nosuch not found: manifest unknown: manifest unknown$/);
  });

  it('pulls user repositories from their own path', () => {
    const r = pullImage(ctxFor('classic'), 'default', 'tutum/hello-world');
    expect(r.lines[0]).toBe('latest: Pulling from tutum/hello-world');
    expect(r.lines[r.lines.length - 1]).toBe('Status: Downloaded newer image for tutum/hello-world:latest');
  });
});
