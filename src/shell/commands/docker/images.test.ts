import { describe, it, expect } from 'vitest';
import { dockerSession } from './testDocker';

describe('docker pull / images / tag / rmi / history (classic)', () => {
  it('pulls, lists, tags and removes', () => {
    const s = dockerSession('classic');
    expect(s.docker('pull hello-world')).toEqual({
      code: 0,
      err: '',
      out:
        'Using default tag: latest\nlatest: Pulling from library/hello-world\n9bb5a5d4561a: Pull complete\n' +
        'Digest: sha256:f5233545e43561214ca4891fd1157e1c3c563316ed8e237750d59bde73361e77\n' +
        'Status: Downloaded newer image for hello-world:latest\n',
    });
    expect(s.docker('pull hello-world').out).toContain('Status: Image is up to date for hello-world:latest\n');
    expect(s.docker('pull foo')).toEqual({
      code: 1,
      out: 'Using default tag: latest\n',
      err: "Error response from daemon: pull access denied for foo, repository does not exist or may require 'docker login'\n",
    });
    expect(s.docker('pull Foo')).toEqual({ code: 1, out: '', err: 'invalid reference format: repository name must be lowercase\n' });
    expect(s.docker('tag hello-world hi:v1')).toEqual({ code: 0, out: '', err: '' });
    expect(s.docker('images').out).toBe(
      'REPOSITORY          TAG                 IMAGE ID            CREATED             SIZE\n' +
        'hello-world         latest              e38bc07ac18e        5 weeks ago         1.85kB\n' +
        'hi                  v1                  e38bc07ac18e        5 weeks ago         1.85kB\n',
    );
    expect(s.docker('images -q hi').out).toBe('e38bc07ac18e\n');
    expect(s.docker("images --format '{{.Repository}}:{{.Tag}}'").out).toBe('hello-world:latest\nhi:v1\n');
    expect(s.docker('history hello-world').out).toBe(
      'IMAGE               CREATED             CREATED BY                                      SIZE                COMMENT\n' +
        'e38bc07ac18e        5 weeks ago         /bin/sh -c #(nop)  CMD ["/hello"]               0B                  \n' +
        '<missing>           5 weeks ago         /bin/sh -c #(nop) COPY file:e5900091c17e9b47…   1.85kB              \n',
    );
    expect(s.docker('rmi hi:v1')).toEqual({ code: 0, out: 'Untagged: hi:v1\n', err: '' });
    expect(s.docker('rmi nope')).toEqual({ code: 1, out: '', err: 'Error: No such image: nope\n' });
    expect(s.docker('image inspect nope')).toEqual({ code: 1, out: '[]\n', err: 'Error: No such image: nope\n' });
    expect(s.docker("image inspect -f '{{.Os}}/{{.Architecture}}' hello-world").out).toBe('linux/amd64\n');
    expect(s.docker("inspect -f '{{.Id}}' hello-world").out).toBe('sha256:e38bc07ac18ee64e6d59cf2eafcdddf9cec2364dfe129fe0af75f1b0194e0c96\n');
  });

  it('rmi of an image a container uses keeps the daemon\'s conflict (the client wraps only 404s)', () => {
    const s = dockerSession('classic');
    s.docker('run -d --name web nginx');
    expect(s.docker('rmi nginx')).toEqual({
      code: 1,
      out: '',
      err: 'Error response from daemon: conflict: unable to remove repository reference "nginx" (must force) - container a34f49e23d0f is using its referenced image caa75f733263\n',
    });
    expect(s.docker('rmi caa75f733263')).toEqual({
      code: 1,
      out: '',
      err: 'Error response from daemon: conflict: unable to delete caa75f733263 (cannot be forced) - image is being used by running container a34f49e23d0f\n',
    });
  });

  it('system df and prune', () => {
    const s = dockerSession('classic');
    s.docker('pull hello-world');
    expect(s.docker('system df').out).toBe(
      'TYPE                TOTAL               ACTIVE              SIZE                RECLAIMABLE\n' +
        'Images              1                   0                   1.85kB              1.85kB (100%)\n' +
        'Containers          0                   0                   0B                  0B\n' +
        'Local Volumes       0                   0                   0B                  0B\n' +
        'Build Cache         0                   0                   0B                  0B\n',
    );
    expect(s.docker('image prune', 'n\n')).toEqual({
      code: 0,
      err: '',
      out: 'WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] Total reclaimed space: 0B\n',
    });
    expect(s.docker('system prune', 'n\n').out).toBe(
      'WARNING! This will remove:\n        - all stopped containers\n        - all networks not used by at least one container\n' +
        '        - all dangling images\n        - all build cache\nAre you sure you want to continue? [y/N] ',
    );
    expect(s.docker('system prune -f').out).toBe('Total reclaimed space: 0B\n');
  });
});

describe('docker images (current)', () => {
  it('defaults to the tree view; format flags bring the table back', () => {
    const s = dockerSession('current');
    expect(s.docker('pull hello-world').out.endsWith('Status: Downloaded newer image for hello-world:latest\ndocker.io/library/hello-world:latest\n')).toBe(true);
    expect(s.docker('images').out).toBe(
      'IMAGE                ID             DISK USAGE   CONTENT SIZE   EXTRA\n' + 'hello-world:latest   a61e9d8dbfbd       10.1kB         3.21kB        \n',
    );
    expect(s.docker('images --digests').out).toBe(
      'REPOSITORY    TAG       DIGEST                                                                    IMAGE ID       CREATED        SIZE\n' +
        'hello-world   latest    sha256:1b5a981c857d64321e97cbadf20b183e3c2814ee68315f42011e057d2ac467e9   a61e9d8dbfbd   5 months ago   10.1kB\n',
    );
    expect(s.docker('rmi nope').err).toBe('Error response from daemon: No such image: nope:latest\n');
    // Declined, today's CLI returns a "cancelled" error that main() exits 0 on without a word.
    expect(s.docker('image prune', 'n\n')).toEqual({
      code: 0,
      err: '',
      out: 'WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] ',
    });
    expect(s.docker('system prune --volumes', 'n\n').out).toBe(
      'WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n' +
        '  - all anonymous volumes not used by at least one container\n  - all dangling images\n  - unused build cache\n\n' +
        'Are you sure you want to continue? [y/N] ',
    );
  });
});
