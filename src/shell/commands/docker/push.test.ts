import { describe, expect, it } from 'vitest';
import { addHostTerminal } from '../../../engine/createWorld';
import { createHost } from '../../../engine/host/createHost';
import { dockerSession } from './testDocker';
import { makeTestContext } from './testHelpers';
import { dockerCommand } from './index';

const WARN_CLASSIC =
  'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n' +
  'WARNING! Your password will be stored unencrypted in /home/docker/.docker/config.json.\n' +
  'Configure a credential helper to remove this warning. See\n' +
  'https://docs.docker.com/engine/reference/commandline/login/#credentials-store\n\n';

describe('docker login / logout', () => {
  it('stores the credentials in ~/.docker/config.json with the era warning', () => {
    const s = dockerSession('classic');
    expect(s.docker('login -u student -p secret')).toEqual({ code: 0, out: 'Login Succeeded\n', err: WARN_CLASSIC });
    expect(s.docker('login -u student -p secret').err).toBe('WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n');
    expect(s.docker('logout')).toEqual({ code: 0, out: 'Removing login credentials for https://index.docker.io/v1/\n', err: '' });
    expect(s.docker('logout')).toEqual({ code: 0, out: 'Not logged in to https://index.docker.io/v1/\n', err: '' });
    expect(s.docker('login')).toEqual({ code: 1, out: '', err: 'Error: Cannot perform an interactive login from a non TTY device\n' });
  });

  it('current texts, --password-stdin', () => {
    const s = dockerSession('current');
    expect(s.docker('login -u student --password-stdin', 'secret\n')).toEqual({
      code: 0,
      out: 'Login Succeeded\n',
      err:
        "\nWARNING! Your credentials are stored unencrypted in '/home/docker/.docker/config.json'.\n" +
        'Configure a credential helper to remove this warning. See\nhttps://docs.docker.com/go/credential-store/\n\n',
    });
    expect(s.docker('login --password-stdin', 'x')).toEqual({ code: 1, out: '', err: 'username is empty\n' });
    expect(s.docker('logout')).toEqual({ code: 0, out: 'Removing login credentials for https://index.docker.io/v1/\n', err: '' });
    expect(s.docker('logout').out).toBe('Removing login credentials for https://index.docker.io/v1/\n');
    expect(s.docker('login -u student')).toEqual({ code: 1, out: '', err: 'error: cannot perform an interactive login from a non-TTY device\n' });
  });
});

describe('docker push', () => {
  it('pushes to the user namespace, mounts official layers, then finds them on another host', () => {
    const s = dockerSession('classic');
    s.docker('pull busybox');
    s.docker('tag busybox student/app:v1');
    expect(s.docker('push student/app:v1')).toEqual({
      code: 1,
      out: 'The push refers to repository [docker.io/student/app]\ndb198f67c8aa: Preparing\n',
      err: 'denied: requested access to the resource is denied\n',
    });
    s.docker('login -u student -p secret');
    const first = s.docker('push student/app:v1');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^The push refers to repository \[docker\.io\/student\/app\]\ndb198f67c8aa: Mounted from library\/busybox\nv1: digest: sha256:[0-9a-f]{64} size: 526\n$/);
    const digest = first.out.match(/sha256:[0-9a-f]{64}/)![0];
    expect(s.docker('push student/app:v1').out).toBe(
      `The push refers to repository [docker.io/student/app]\ndb198f67c8aa: Layer already exists\nv1: digest: ${digest} size: 526\n`,
    );
    s.docker('tag busybox myapp');
    expect(s.docker('push myapp').err).toBe('denied: requested access to the resource is denied\n');
    expect(s.docker('push student/nope')).toEqual({
      code: 1,
      out: 'The push refers to repository [docker.io/student/nope]\n',
      err: 'An image does not exist locally with the tag: student/nope\n',
    });

    createHost({ world: s.world, events: [] }, { name: 'myvm1', ip: '192.168.99.101' });
    addHostTerminal(s.world, 't2', 'myvm1');
    const t = makeTestContext(s.world, { terminalId: 't2', isTty: false });
    dockerCommand.run(t.cx, ['pull', 'student/app:v1']);
    expect(t.stdout()).toContain(`Digest: ${digest}\nStatus: Downloaded newer image for student/app:v1\n`);
  });

  it('current prints the default tag it chose', () => {
    const s = dockerSession('current');
    s.docker('pull busybox');
    s.docker('tag busybox student/app');
    s.docker('login -u student -p secret');
    expect(s.docker('push student/app').out).toMatch(/^Using default tag: latest\nThe push refers to repository \[docker\.io\/student\/app\]\n[0-9a-f]{12}: Mounted from library\/busybox\nlatest: digest: sha256:[0-9a-f]{64} size: \d+\n$/);
  });
});
