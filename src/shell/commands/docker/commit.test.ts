import { describe, expect, it } from 'vitest';
import { findContainer } from '../../../engine/containers/findContainer';
import { makeFile } from '../../../engine/fs/tree';
import { dockerSession } from './testDocker';

describe('docker commit', () => {
  it('makes an image from the container writable layer, with message and --change', () => {
    const s = dockerSession('classic');
    s.docker('pull busybox');
    s.docker('run -d --name box busybox sleep 1000');
    // What `echo hi > /hello.txt` inside it leaves in its writable layer.
    findContainer(s.world, 'default', 'box').rw.c['hello.txt'] = makeFile(s.world.now, 'hi\n');
    const r = s.docker(`commit -m 'add hello' -c 'CMD ["cat","/hello.txt"]' box myhello:v1`);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    const id = r.out.slice(7, 19);
    expect(s.docker('history myhello:v1').out).toBe(
      'IMAGE               CREATED                  CREATED BY                                      SIZE                COMMENT\n' +
        `${id}        Less than a second ago   sleep 1000                                      3B                  add hello\n` +
        '8c811b4aec35        6 weeks ago              /bin/sh -c #(nop)  CMD ["sh"]                   0B                  \n' +
        '<missing>           6 weeks ago              /bin/sh -c #(nop) ADD file:3e045d35ba9293b51…   1.15MB              \n',
    );
    expect(s.docker("image inspect -f '{{json .Config.Cmd}}' myhello:v1").out).toBe('["cat","/hello.txt"]\n');
    const layers = s.world.hosts.default.daemon.images[r.out.slice(7, 71)].layers;
    expect(s.world.layerStore[layers[layers.length - 1]].files.c['hello.txt']).toMatchObject({ t: 'f', data: 'hi\n' });
        expect(s.docker('diff box').out).toBe('A /hello.txt\n');
  });

  it('reports a missing container, a bad reference and a bad change', () => {
    const s = dockerSession('current');
    expect(s.docker('commit nosuch')).toEqual({ code: 1, out: '', err: 'Error response from daemon: No such container: nosuch\n' });
    s.docker('run --name box busybox true');
    expect(s.docker('commit box BAD')).toEqual({ code: 1, out: '', err: 'invalid reference format: repository name (library/BAD) must be lowercase\n' });
    expect(s.docker("commit -c 'RUN x' box")).toEqual({ code: 1, out: '', err: 'Error response from daemon: run is not a valid change command\n' });
  });
});
