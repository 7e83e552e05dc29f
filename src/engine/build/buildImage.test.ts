import { describe, expect, it } from 'vitest';
import { BUSYBOX_ID } from '../containers/testSupport';
import { getLayerFiles } from '../images/layerFiles';
import { listContainerRecords } from '../tables/containerTable';
import { build, builderWorld, writeContext } from './buildTestSupport';

const image = (ctx: ReturnType<typeof builderWorld>, id: string) => ctx.world.hosts.default.daemon.images[id];

describe('buildImage (classic builder)', () => {
  it('commits one image per step, with the history texts the 18.03 builder writes', () => {
    const ctx = builderWorld('classic');
    writeContext(ctx, { Dockerfile: 'FROM busybox\nCOPY app /app\nRUN echo hi > /hi.txt\nCMD [ "sh", "/app/run.sh" ]\nEXPOSE 5000\n', 'app/run.sh': 'echo run\n' });
    const r = build(ctx, 'classic');
    expect(r.failure).toBeUndefined();
    expect(r.total).toBe(5);
    const img = image(ctx, r.imageId!);
    expect(img.history.map((h) => h.createdBy)).toEqual([
      expect.stringMatching(/^\/bin\/sh -c #\(nop\) COPY dir:[0-9a-f]{64} in \/app $/),
      '/bin/sh -c echo hi > /hi.txt',
      '/bin/sh -c #(nop)  CMD ["sh" "/app/run.sh"]',
      '/bin/sh -c #(nop)  EXPOSE 5000',
    ]);
    expect(img.config.cmd).toEqual(['sh', '/app/run.sh']);
    expect(img.config.exposedPorts).toEqual(['5000/tcp']);
    expect(img.layers).toHaveLength(3);
    expect(getLayerFiles(ctx.world, img.layers[1]).c.app).toMatchObject({ t: 'd', c: { 'run.sh': { t: 'f', data: 'echo run\n' } } });
    expect(getLayerFiles(ctx.world, img.layers[2]).c['hi.txt']).toMatchObject({ t: 'f', data: 'hi\n' });
    // The parent chain runs through the intermediate images back to the base.
    const chain: string[] = [];
    for (let id = r.imageId!; id; id = image(ctx, id).parent) chain.push(id);
    expect(chain).toHaveLength(5);
    expect(chain[4]).toBe(BUSYBOX_ID);
    expect(r.steps.map((s) => s.containerId !== undefined)).toEqual([false, false, true, true, true]);
    expect(listContainerRecords(ctx.world.hosts.default.daemon)).toHaveLength(0);
  });

  it('hits the cache on a rebuild, and rebuilds everything after the first changed COPY', () => {
    const ctx = builderWorld('classic');
    writeContext(ctx, { Dockerfile: 'FROM busybox\nRUN echo a > /a\nCOPY app /app\nRUN echo b > /b\n', 'app/x': '1\n' });
    const first = build(ctx, 'classic');
    const second = build(ctx, 'classic');
    expect(second.steps.map((s) => s.cached)).toEqual([false, true, true, true]);
    expect(second.imageId).toBe(first.imageId);
    writeContext(ctx, { 'app/x': '2\n' });
    const third = build(ctx, 'classic');
    expect(third.steps.map((s) => s.cached)).toEqual([false, true, false, false]);
    expect(third.imageId).not.toBe(first.imageId);
    expect(build(ctx, 'classic', { noCache: true }).steps.some((s) => s.cached)).toBe(false);
  });

  it('reports a failing RUN with its exit code and keeps the container', () => {
    const ctx = builderWorld('classic');
    writeContext(ctx, { Dockerfile: 'FROM busybox\nRUN foo\n' });
    const r = build(ctx, 'classic');
    expect(r.failure).toEqual({ kind: 'run', step: 2, command: '/bin/sh -c foo', exitCode: 127 });
    expect(r.steps[1].output).toEqual([{ stream: 'stderr', text: 'sh: foo: not found\n', at: expect.any(Number) }]);
    const kept = listContainerRecords(ctx.world.hosts.default.daemon);
    expect(kept.map((c) => [c.id, c.state.status, c.state.exitCode])).toEqual([[r.steps[1].containerId, 'exited', 127]]);
    expect(r.imageId).toBeUndefined();
  });

  it('records ARG values in RUN history and names the build-args no ARG consumed', () => {
    const ctx = builderWorld('classic');
    writeContext(ctx, { Dockerfile: 'FROM busybox\nARG V=1\nRUN echo $V > /v\n' });
    const r = build(ctx, 'classic', { buildArgs: { V: '2', EXTRA: 'x' } });
    expect(image(ctx, r.imageId!).history.map((h) => h.createdBy)).toEqual(['/bin/sh -c #(nop)  ARG V=1', '|1 V=2 /bin/sh -c echo $V > /v']);
    expect(r.unusedArgs).toEqual(['EXTRA']);
  });

  it('applies the metadata instructions to the config', () => {
    const ctx = builderWorld('classic');
    writeContext(ctx, {
      Dockerfile:
        'FROM busybox\nENV A=1 B=two\nWORKDIR /srv\nWORKDIR app\nUSER nobody\nLABEL k=v\nVOLUME /data\nSTOPSIGNAL SIGINT\nENTRYPOINT ["sh"]\nHEALTHCHECK --interval=30s --retries=3 CMD wget -q localhost\n',
    });
    const r = build(ctx, 'classic');
    expect(r.failure).toBeUndefined();
    const img = image(ctx, r.imageId!);
    expect(img.config).toMatchObject({
      env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'A=1', 'B=two'],
      workingDir: '/srv/app',
      user: 'nobody',
      labels: { k: 'v' },
      volumes: ['/data'],
      stopSignal: 'SIGINT',
      entrypoint: ['sh'],
      cmd: null,
      healthcheck: { test: ['CMD-SHELL', 'wget -q localhost'], interval: 30_000_000_000, retries: 3 },
    });
    expect(img.history.map((h) => h.createdBy).slice(-9, -1)).toEqual([
      '/bin/sh -c #(nop)  ENV A=1 B=two',
      '/bin/sh -c #(nop) WORKDIR /srv',
      '/bin/sh -c #(nop) WORKDIR /srv/app',
      '/bin/sh -c #(nop)  USER nobody',
      '/bin/sh -c #(nop)  LABEL k=v',
      '/bin/sh -c #(nop)  VOLUME [/data]',
      '/bin/sh -c #(nop)  STOPSIGNAL SIGINT',
      '/bin/sh -c #(nop)  ENTRYPOINT ["sh"]',
    ]);
    expect(img.history[img.history.length - 1].createdBy).toBe('/bin/sh -c #(nop)  HEALTHCHECK &{["CMD-SHELL" "wget -q localhost"] "30s" "0s" "0s" \'\\x03\'}');
    // WORKDIR made its directories as layers (they did not exist in busybox).
    expect(img.history.filter((h) => h.createdBy.includes('WORKDIR')).map((h) => h.emptyLayer)).toEqual([false, false]);
  });
});

describe('buildImage (BuildKit)', () => {
  it('exports one image without parents, with BuildKit history texts, and caches by key', () => {
    const ctx = builderWorld('current');
    writeContext(ctx, { Dockerfile: 'FROM busybox\nCOPY app /app\nRUN echo hi > /hi\nCMD ["sh"]\nEXPOSE 80 53/udp\n', 'app/x': '1\n' });
    const r = build(ctx, 'buildkit');
    const img = image(ctx, r.imageId!);
    expect(img.parent).toBe('');
    expect(img.history.map((h) => [h.createdBy, h.comment])).toEqual([
      ['COPY app /app # buildkit', 'buildkit.dockerfile.v0'],
      ['RUN /bin/sh -c echo hi > /hi # buildkit', 'buildkit.dockerfile.v0'],
      ['CMD ["sh"]', 'buildkit.dockerfile.v0'],
      ['EXPOSE map[53/udp:{} 80/tcp:{}]', 'buildkit.dockerfile.v0'],
    ]);
    expect(Object.keys(ctx.world.hosts.default.daemon.images)).toHaveLength(3);
    expect(r.steps.filter((s) => s.vertex).map((s) => s.vertex)).toEqual([
      { index: 1, total: 3, stage: undefined },
      { index: 2, total: 3, stage: undefined },
      { index: 3, total: 3, stage: undefined },
    ]);
    const again = build(ctx, 'buildkit');
    expect(again.steps.filter((s) => s.vertex).map((s) => s.cached)).toEqual([false, true, true]);
    expect(again.imageId).toBe(r.imageId);
    expect(again.reused).toBe(true);
  });

  it('keeps only the last stage in a multi-stage build and copies from an earlier stage', () => {
    const ctx = builderWorld('current');
    writeContext(ctx, { Dockerfile: 'FROM busybox AS builder\nRUN echo built > /out.txt\n\nFROM busybox\nCOPY --from=builder /out.txt /app/\n' });
    const r = build(ctx, 'buildkit');
    expect(r.failure).toBeUndefined();
    const img = image(ctx, r.imageId!);
    expect(img.layers).toHaveLength(2);
    expect(getLayerFiles(ctx.world, img.layers[1])).toMatchObject({ c: { app: { t: 'd', c: { 'out.txt': { data: 'built\n' } } } } });
    expect(r.steps.filter((s) => s.vertex).map((s) => s.vertex)).toEqual([
      { index: 1, total: 2, stage: 'builder' },
      { index: 2, total: 2, stage: 'builder' },
      { index: 1, total: 2, stage: 'stage-1' },
      { index: 2, total: 2, stage: 'stage-1' },
    ]);
  });

  it('runs only the stages the target needs, and stops at --target', () => {
    const ctx = builderWorld('current');
    writeContext(ctx, { Dockerfile: 'FROM busybox AS unused\nRUN echo u > /u\nFROM busybox AS base\nRUN echo b > /b\nFROM base\nRUN echo f > /f\n' });
    const r = build(ctx, 'buildkit');
    expect(r.steps.map((s) => s.n)).toEqual([3, 4, 5, 6]);
    expect(image(ctx, r.imageId!).layers).toHaveLength(3);
    const t = build(ctx, 'buildkit', { target: 'base' });
    expect(t.steps.map((s) => s.n)).toEqual([3, 4]);
    expect(build(ctx, 'buildkit', { target: 'nope' }).failure).toEqual({ kind: 'parse', line: 0, message: 'target stage "nope" could not be found', origin: 'stage' });
    const classic = builderWorld('classic');
    writeContext(classic, { Dockerfile: 'FROM busybox AS unused\nRUN echo u > /u\nFROM busybox AS base\nRUN echo b > /b\nFROM base\nRUN echo f > /f\n' });
    expect(build(classic, 'classic', { target: 'base' }).steps.map((s) => s.n)).toEqual([1, 2, 3, 4]);
    expect(build(classic, 'classic', { target: 'nope' }).failure).toMatchObject({ message: 'failed to reach build target nope in Dockerfile' });
  });

  it('places COPY sources by the destination rules', () => {
    const ctx = builderWorld('current');
    writeContext(ctx, { Dockerfile: 'FROM busybox\nWORKDIR /w\nCOPY a.txt b.txt\nCOPY a.txt dir/\nCOPY . /all\n', 'a.txt': 'A\n', '.dockerignore': 'Dockerfile\n' });
    const r = build(ctx, 'buildkit');
    const img = image(ctx, r.imageId!);
    const [, , renamed, intoDir, all] = img.layers.map((d) => getLayerFiles(ctx.world, d));
    expect(renamed).toMatchObject({ c: { w: { c: { 'b.txt': { data: 'A\n' } } } } });
    expect(intoDir).toMatchObject({ c: { w: { c: { dir: { c: { 'a.txt': { data: 'A\n' } } } } } } });
    // The Dockerfile and .dockerignore are always sent, even when .dockerignore names them.
    expect(Object.keys((all.c.all as { c: object }).c).sort()).toEqual(['.dockerignore', 'Dockerfile', 'a.txt']);
  });

  it('fails a COPY whose source is not in the context', () => {
    const ctx = builderWorld('current');
    writeContext(ctx, { Dockerfile: 'FROM busybox\nCOPY nope /x\n' });
    expect(build(ctx, 'buildkit').failure).toEqual({ kind: 'step', step: 2, message: 'missing:/nope' });
  });

  it('passes a parse error through with its line', () => {
    const ctx = builderWorld('current');
    writeContext(ctx, { Dockerfile: 'FROM busybox\nFOO bar\n' });
    expect(build(ctx, 'buildkit').failure).toMatchObject({ kind: 'parse', line: 2, origin: 'instruction' });
  });

  it('builds FROM scratch with no FROM vertex, numbering from the first real step', () => {
    const ctx = builderWorld('current');
    writeContext(ctx, { Dockerfile: 'FROM scratch\nCOPY hello /\nCMD ["/hello"]\n', hello: 'hi\n' });
    const r = build(ctx, 'buildkit');
    const img = image(ctx, r.imageId!);
    expect(img.layers).toHaveLength(1);
    expect(getLayerFiles(ctx.world, img.layers[0]).c.hello).toMatchObject({ t: 'f', data: 'hi\n' });
    expect(r.steps.map((s) => s.vertex)).toEqual([undefined, { index: 1, total: 1, stage: undefined }, undefined]);
  });

  it('ADD downloads a URL through the simulated network, and fails as the daemon does when it cannot', () => {
    const ctx = builderWorld('classic');
    writeContext(ctx, { Dockerfile: 'FROM busybox\nADD http://example.com/index.html /www/\n' });
    const r = build(ctx, 'classic');
    const layer = getLayerFiles(ctx.world, image(ctx, r.imageId!).layers[1]);
    expect(layer).toMatchObject({ c: { www: { c: { 'index.html': { t: 'f', mode: 0o600 } } } } });
    expect((layer.c.www as { c: Record<string, { data: string }> }).c['index.html'].data).toContain('Example Domain');
    writeContext(ctx, { Dockerfile: 'FROM busybox\nADD http://nope.invalid/x /x\n' });
    expect(build(ctx, 'classic').failure).toEqual({ kind: 'step', step: 2, message: 'ADD failed: Get http://nope.invalid/x: dial tcp: lookup nope.invalid on 10.0.2.3:53: no such host' });
  });
});
