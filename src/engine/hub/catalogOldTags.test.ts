// Old tags stay pullable on Docker Hub today: the current catalog offers the seed's and Docker's
// 2018 tutorials' bases with the metadata of their last builds.
import { describe, expect, it } from 'vitest';
import { catalogImageSize, catalogLayers, findCatalogImage } from './catalog';

function summary(era: 'classic' | 'current', repo: string, tag: string) {
  const img = findCatalogImage(era, repo, tag);
  if (!img) return undefined;
  return { id: img.id.slice(0, 12), size: catalogImageSize(img), layers: catalogLayers(img).length, env: img.config.env, cmd: img.config.cmd, last: img.steps[img.steps.length - 1].createdBy };
}

describe('old tags in the current catalog', () => {
  it('python:3.6.4-slim is the same 2018 image in both eras', () => {
    const classic = findCatalogImage('classic', 'python', '3.6.4-slim')!;
    const current = findCatalogImage('current', 'python', '3.6.4-slim')!;
    expect(current.id).toBe(classic.id);
    expect(current.repoDigest).toBe(classic.repoDigest);
    expect(current.steps).toEqual(classic.steps);
    expect(summary('current', 'python', '3.6.4-slim')).toEqual({
      id: '07ea617545cd',
      size: 138_000_000,
      layers: 5,
      env: ['PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=C.UTF-8', 'GPG_KEY=0D96DF4D4110E5C43FBFB17F2D347EA6AA65421D', 'PYTHON_VERSION=3.6.4', 'PYTHON_PIP_VERSION=9.0.3'],
      cmd: ['python3'],
      last: '/bin/sh -c #(nop)  CMD ["python3"]',
    });
  });

  it('python:2.7-slim: 2.7.15 in 2018, the final 2.7.18 now; CMD python2 and no symlink step', () => {
    expect(summary('classic', 'python', '2.7-slim')).toMatchObject({ size: 133_190_000, layers: 4, cmd: ['python2'], last: '/bin/sh -c #(nop)  CMD ["python2"]' });
    expect(summary('classic', 'python', '2.7-slim')?.env).toContain('PYTHON_VERSION=2.7.15');
    expect(summary('current', 'python', '2.7-slim')?.env).toEqual([
      'PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'LANG=C.UTF-8',
      'GPG_KEY=C01E1CAD5EA2C4F0B8E3571504C367C218ADD4FF',
      'PYTHON_VERSION=2.7.18',
      'PYTHON_PIP_VERSION=20.0.2',
      'PYTHON_GET_PIP_URL=https://github.com/pypa/get-pip/raw/d59197a3c169cef378a22428a3fa99d33e080a5d/get-pip.py',
      'PYTHON_GET_PIP_SHA256=421ac1d44c0cf9730a088e337867d974b91bdce4ea2636099275071878cc189e',
    ]);
  });

  it('python:3.6 now is 3.6.15 on buildpack-deps:bullseye; node:8 is 8.11.1 then, 8.17.0 now', () => {
    expect(summary('current', 'python', '3.6')).toMatchObject({ size: 903_810_032, layers: 9, cmd: ['python3'] });
    expect(summary('current', 'python', '3.6')?.env).toContain('PYTHON_VERSION=3.6.15');
    expect(summary('classic', 'node', '8')?.env).toEqual(['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'NODE_VERSION=8.11.1', 'YARN_VERSION=1.6.0']);
    expect(summary('current', 'node', '8')?.env).toEqual(['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'NODE_VERSION=8.17.0', 'YARN_VERSION=1.21.1']);
    expect(findCatalogImage('current', 'node', '8')?.config.entrypoint).toEqual(['docker-entrypoint.sh']);
  });

  it('ubuntu:16.04 and postgres:10 exist in both eras', () => {
    for (const era of ['classic', 'current'] as const) {
      expect(findCatalogImage(era, 'ubuntu', '16.04')).toBeDefined();
      expect(findCatalogImage(era, 'postgres', '10')).toBeDefined();
    }
  });
});
