import { describe, expect, it } from 'vitest';
import { dockerSession } from './testDocker';

describe('docker save / load', () => {
  it('refuses a terminal, writes a sized archive and loads it back after rmi', () => {
    const s = dockerSession('classic');
    s.docker('pull busybox');
    expect(s.docker('save busybox')).toEqual({ code: 1, out: '', err: 'cowardly refusing to save to a terminal. Use the -o flag or redirect\n' });
    expect(s.docker('save -o /home/docker/bb.tar busybox')).toEqual({ code: 0, out: '', err: '' });
    s.docker('rmi busybox');
    expect(s.docker('load -i /home/docker/bb.tar')).toEqual({
      code: 0,
      out: 'db198f67c8aa: Loading layer [==================================================>]  1.146MB/1.146MB\nLoaded image: busybox:latest\n',
      err: '',
    });
    expect(s.docker('load -i /home/docker/bb.tar')).toEqual({ code: 0, out: 'Loaded image: busybox:latest\n', err: '' });
    expect(s.docker('images -q').out).toBe('8c811b4aec35\n');
  });

  it('reports what Docker reports', () => {
    const s = dockerSession('classic');
    expect(s.docker('load')).toEqual({ code: 1, out: '', err: 'requested load from stdin, but stdin is empty\n' });
    expect(s.docker('load -i nope.tar')).toEqual({ code: 1, out: '', err: 'open nope.tar: no such file or directory\n' });
    expect(s.docker('save -o x.tar nosuch')).toEqual({ code: 1, out: '', err: 'Error response from daemon: reference does not exist\n' });
    expect(dockerSession('current').docker('save -o x.tar nosuch').err).toBe('Error response from daemon: No such image: nosuch:latest\n');
  });
});
