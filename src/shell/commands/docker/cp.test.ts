import { describe, expect, it } from 'vitest';
import { tarStreamSize } from '../../../engine/fs/containerArchive';
import { makeDir, makeFile } from '../../../engine/fs/tree';
import { hostVfs } from '../../../engine/fs/hostVfs';
import { splitCpArg } from './cp';
import { dockerSession } from './testDocker';

describe('docker cp', () => {
  it('splits CONTAINER:PATH unless the word is an explicit local path', () => {
    expect(splitCpArg('web:/etc/nginx')).toEqual({ container: 'web', path: '/etc/nginx' });
    expect(splitCpArg('/tmp/a:b')).toEqual({ container: '', path: '/tmp/a:b' });
    expect(splitCpArg('./a:b')).toEqual({ container: '', path: './a:b' });
    expect(splitCpArg('index.html')).toEqual({ container: '', path: 'index.html' });
  });

  it('counts the tar stream: headers, 512-byte blocks and the two closing blocks', () => {
    expect(tarStreamSize(makeFile(0, ''))).toBe(1536);
    expect(tarStreamSize(makeFile(0, 'x'.repeat(512)))).toBe(2048);
    expect(tarStreamSize(makeFile(0, 'x'.repeat(513)))).toBe(2560);
    expect(tarStreamSize(makeDir(0, { a: makeFile(0, 'a') }))).toBe(2560);
  });

  for (const profile of ['current', 'classic'] as const) {
    it(`copies into a stopped container and back out (${profile})`, () => {
      const s = dockerSession(profile);
      s.docker('pull busybox');
      expect(s.docker('create --name box busybox').code).toBe(0);
      hostVfs(s.world, 'default').writeFile('/home/docker/note.txt', 'hello\n');
      const put = s.docker('cp /home/docker/note.txt box:/tmp/');
      expect(put).toEqual({
        code: 0,
        out: '',
        err: profile === 'current' ? 'Successfully copied 2.05kB to box:/tmp/\n' : '',
      });
      expect(s.docker('diff box').out).toBe('C /tmp\nA /tmp/note.txt\n');
      expect(s.docker('cp box:/tmp/note.txt /home/docker/back.txt').code).toBe(0);
      expect(hostVfs(s.world, 'default').readFile('/home/docker/back.txt')).toBe('hello\n');
    });

    it(`reports a missing path in the container as its era's client did (${profile})`, () => {
      const s = dockerSession(profile);
      s.docker('pull busybox');
      s.docker('create --name box busybox');
      expect(s.docker('cp box:/nope /home/docker/')).toEqual({
        code: 1,
        out: '',
        err: profile === 'current' ? 'Error response from daemon: Could not find the file /nope in container box\n' : 'Error: No such container:path: box:/nope\n',
      });
      expect(s.docker('cp /home/docker/missing box:/tmp/')).toEqual({ code: 1, out: '', err: 'lstat /home/docker/missing: no such file or directory\n' });
    });
  }
});
