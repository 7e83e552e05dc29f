import { describe, expect, it } from 'vitest';
import { complete } from '../../index';
import { session } from './buildTestSession';

describe('docker build (classic 18.03)', () => {
  it('prints the steps, with the 18.03 WORKDIR quirk, and tags at the end', () => {
    const s = session('classic');
    const { text, exitCode } = s.type('docker build -t myapp .');
    expect(exitCode).toBe(0);
    const ids = [...text.matchAll(/ ---> ([0-9a-f]{12})\n/g)].map((m) => m[1]);
    const containers = [...text.matchAll(/Running in ([0-9a-f]{12})\n/g)].map((m) => m[1]);
    const workdirContainer = /WORKDIR \/app\nRemoving intermediate container ([0-9a-f]{12})\n/.exec(text)?.[1];
    expect(text).toBe(
      [
        'Sending build context to Docker daemon  3.584kB',
        'Step 1/5 : FROM busybox',
        ` ---> ${ids[0]}`,
        'Step 2/5 : WORKDIR /app',
        `Removing intermediate container ${workdirContainer}`,
        ` ---> ${ids[1]}`,
        'Step 3/5 : COPY app /app',
        ` ---> ${ids[2]}`,
        'Step 4/5 : RUN echo built',
        ` ---> Running in ${containers[0]}`,
        'built',
        `Removing intermediate container ${containers[0]}`,
        ` ---> ${ids[3]}`,
        'Step 5/5 : CMD ["sh"]',
        ` ---> Running in ${containers[1]}`,
        `Removing intermediate container ${containers[1]}`,
        ` ---> ${ids[4]}`,
        `Successfully built ${ids[4]}`,
        'Successfully tagged myapp:latest',
        '',
      ].join('\n'),
    );
    expect(s.world.hosts.default.daemon.tags['myapp:latest'].slice(0, 12)).toBe(ids[4]);
  });

  it('uses the cache on a second build', () => {
    const s = session('classic');
    s.type('docker build -t myapp .');
    const { text } = s.type('docker build -t myapp .');
    expect(text.match(/ ---> Using cache\n/g)).toHaveLength(4);
    expect(text).not.toContain('Running in');
  });

  it('stops at a failing RUN with the daemon message and exit 1', () => {
    const s = session('classic');
    s.type("printf 'FROM busybox\\nRUN nosuchcmd\\n' > Dockerfile");
    const { text, exitCode } = s.type('docker build .');
    expect(exitCode).toBe(1);
    // eslint-disable-next-line no-control-regex -- the daemon's red escapes are part of the output
    expect(text).toMatch(/Step 2\/2 : RUN nosuchcmd\n ---> Running in [0-9a-f]{12}\n\x1b\[91m.*nosuchcmd: not found\n\x1b\[0mThe command '\/bin\/sh -c nosuchcmd' returned a non-zero code: 127\n$/);
  });

  it('reports a missing Dockerfile and a missing context as the 18.03 CLI does', () => {
    const s = session('classic');
    expect(s.type('docker build -f nope .').text).toBe('unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat /home/docker/ctx/nope: no such file or directory\n');
    expect(s.type('docker build missing/dir').text).toBe('unable to prepare context: unable to evaluate symlinks in context path: lstat /home/docker/ctx/missing: no such file or directory\n');
  });

  it('prints the unused build-arg warning before Successfully built', () => {
    const s = session('classic');
    const { text } = s.type('docker build --build-arg FOO=1 .');
    expect(text).toMatch(/\n\[Warning\] One or more build-args \[FOO\] were not consumed\nSuccessfully built [0-9a-f]{12}\n$/);
  });

  it('leaves no tag after Ctrl-C', () => {
    const s = session('classic');
    s.type("printf 'FROM busybox\\nRUN apk add curl\\n' > Dockerfile");
    const { exitCode } = s.type('docker build -t stopped .', { interruptAfter: 500 });
    expect(exitCode).toBe(130);
    expect(s.world.hosts.default.daemon.tags['stopped:latest']).toBeUndefined();
  });
});

describe('docker build (BuildKit, current)', () => {
  it('prints the final view once, aligned to the terminal width', () => {
    const s = session('current');
    const { text, transient, exitCode } = s.type('docker build -t myapp .', { cols: 80 });
    expect(exitCode).toBe(0);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^\[\+\] Building \d+\.\ds \(9\/9\) FINISHED +docker:default$/);
    expect(lines[0]).toHaveLength(80);
    expect(lines.slice(1, 6).map((l) => l.replace(/ +\d+\.\ds$/, ''))).toEqual([
      ' => [internal] load build definition from Dockerfile',
      ' => => transferring dockerfile: 68B',
      ' => [internal] load metadata for docker.io/library/busybox:latest',
      ' => [internal] load .dockerignore',
      ' => => transferring context: 2B',
    ]);
    expect(lines.every((l) => l.length === 0 || l.length === 80 || l.length === 79)).toBe(true);
    expect(text).toContain(' => [2/4] WORKDIR /app ');
    expect(text).toContain(' => [4/4] RUN echo built ');
    expect(text).toMatch(/ => => naming to docker\.io\/library\/myapp:latest +0\.0s\n$/);
    expect(transient.length).toBeGreaterThan(0);
    const again = s.type('docker build -t myapp .', { cols: 80 }).text;
    expect(again).toContain(' => CACHED [4/4] RUN echo built ');
  });

  it('shows the failed step, its log, the Dockerfile excerpt and the solve error', () => {
    const s = session('current');
    s.type("printf 'FROM busybox\\nRUN nosuchcmd\\n' > Dockerfile");
    const { text, exitCode } = s.type('docker build .');
    expect(exitCode).toBe(1);
    expect(text).toContain(' => ERROR [2/2] RUN nosuchcmd ');
    expect(text.slice(text.indexOf('------'))).toMatch(
      /^------\n > \[2\/2\] RUN nosuchcmd:\n\d\.\d{3} .*nosuchcmd: not found\n------\nDockerfile:2\n-{20}\n {3}1 \| {5}FROM busybox\n {3}2 \| >>> RUN nosuchcmd\n {3}3 \| {5}\n-{20}\nERROR: failed to solve: process "\/bin\/sh -c nosuchcmd" did not complete successfully: exit code: 127\n$/,
    );
  });

  it('uses the legacy builder with its banner when DOCKER_BUILDKIT=0', () => {
    const s = session('current');
    const { text } = s.type('DOCKER_BUILDKIT=0 docker build -t legacy .');
    expect(text.startsWith('DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n')).toBe(true);
    expect(text).toContain('\nStep 2/5 : WORKDIR /app\n ---> Running in ');
    expect(text).toMatch(/ ---> Removed intermediate container [0-9a-f]{12}\n/);
    expect(text).toMatch(/Successfully tagged legacy:latest\n$/);
  });

  it('cancels on Ctrl-C with BuildKit\'s message', () => {
    const s = session('current');
    s.type("printf 'FROM busybox\\nRUN apk add curl\\n' > Dockerfile");
    const { text } = s.type('docker build -t stopped .', { interruptAfter: 1000 });
    expect(text).toMatch(/ERROR: failed to solve: Canceled: context canceled\n$/);
    expect(s.world.hosts.default.daemon.tags['stopped:latest']).toBeUndefined();
  });

  it('prints plain progress blocks with --progress=plain', () => {
    const s = session('current');
    const { text } = s.type('docker build --progress=plain .');
    expect(text.startsWith('#0 building with "default" instance using docker driver\n\n#1 [internal] load build definition from Dockerfile\n#1 transferring dockerfile: 68B done\n#1 DONE 0.0s\n\n')).toBe(true);
    expect(text).toMatch(/\n#\d+ \[4\/4\] RUN echo built\n#\d+ \d\.\d{3} built\n#\d+ DONE \d\.\ds\n/);
  });

  it('prints only the image id with -q, and counts the cache in system df', () => {
    const s = session('current');
    const { text } = s.type('docker build -q -t quiet .');
    expect(text).toBe(`sha256:${s.world.hosts.default.daemon.tags['quiet:latest']}\n`);
    expect(s.type('docker system df').text).toMatch(/\nBuild Cache {5}3 {9}0 {9}/);
  });

  it('reads the context on the client and builds on the machine DOCKER_HOST names', () => {
    const s = session('current');
    s.type('docker-machine create --driver virtualbox vm1');
    s.type('eval $(docker-machine env vm1)');
    expect(s.type('docker build -t remote .').exitCode).toBe(0);
    expect(s.world.hosts.vm1.daemon.tags['remote:latest']).toBeDefined();
    expect(s.world.hosts.default.daemon.tags['remote:latest']).toBeUndefined();
  });

  it('completes the context and -f as paths on the client', () => {
    const s = session('current');
    expect(complete(s.world, 't1', 'docker build -t x ap', 20).candidates).toEqual(['app/']);
    expect(complete(s.world, 't1', 'docker build -f Do', 18).candidates).toEqual(['Dockerfile']);
  });
});
