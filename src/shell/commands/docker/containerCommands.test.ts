// The container commands end to end through the shell, in both eras, with exact outputs.
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../engine/createWorld';
import type { ProfileName, World } from '../../../engine/world';
import { advance, interrupt, runLine } from '../../index';
import { runLineThroughPull } from '../../testing/shellHarness';
import { listContainerRecords } from '../../../engine/tables/containerTable';
import { getProcess } from '../../../engine/tables/processTable';

interface Result {
  out: string;
  err: string;
  exit: number;
  running: boolean;
  prompt: string;
}

function session(profile: ProfileName) {
  let world: World = createWorld({ profile });
  const take = (o: ReturnType<typeof runLine>): Result => {
    world = o.world;
    const pick = (s: string) => o.output.filter((c) => c.stream === s).map((c) => c.text).join('');
    return { out: pick('stdout'), err: pick('stderr'), exit: o.exitCode, running: o.running, prompt: o.prompt };
  };
  return {
    run: (line: string) => take(runLineThroughPull(world, line)),
    advance: (ms: number) => take(advance(world, 't1', ms)),
    interrupt: () => take(interrupt(world, 't1')),
    containers: () => listContainerRecords(world.hosts.default.daemon),
    world: () => world,
    container: (name: string) => listContainerRecords(world.hosts.default.daemon).find((c) => c.name === name)!,
  };
}

/** Ping's round-trip times come from the world's PRNG; the shape is what matters here. */
function times(text: string): string {
  return text.replace(/\d+\.\d{3}/g, 'T');
}

const HELLO_CURRENT = `
Hello from Docker!
This message shows that your installation appears to be working correctly.

To generate this message, Docker took the following steps:
 1. The Docker client contacted the Docker daemon.
 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.
    (amd64)
 3. The Docker daemon created a new container from that image which runs the
    executable that produces the output you are currently reading.
 4. The Docker daemon streamed that output to the Docker client, which sent it
    to your terminal.

To try something more ambitious, you can run an Ubuntu container with:
 $ docker run -it ubuntu bash

Share images, automate workflows, and more with a free Docker ID:
 https://hub.docker.com/

For more examples and ideas, visit:
 https://docs.docker.com/get-started/

`;

describe('docker run hello-world (the seed flow)', () => {
  it('current: pull lines on stderr, the hello text, then ps -a', () => {
    const s = session('current');
    const r = s.run('docker run hello-world');
    expect(r.exit).toBe(0);
    expect(r.err).toBe(
      "Unable to find image 'hello-world:latest' locally\n" +
        'latest: Pulling from library/hello-world\n' +
        'c1ec31eb5944: Pull complete\n' +
        'Digest: sha256:1b5a981c857d64321e97cbadf20b183e3c2814ee68315f42011e057d2ac467e9\n' +
        'Status: Downloaded newer image for hello-world:latest\n',
    );
    expect(r.out).toBe(HELLO_CURRENT);
    const c = s.containers()[0];
    s.advance(5000);
    expect(s.run('docker ps -a').out).toBe(
      'CONTAINER ID   IMAGE         COMMAND    CREATED         STATUS                     PORTS     NAMES\n' +
        `${c.id.slice(0, 12)}   hello-world   "/hello"   5 seconds ago   Exited (0) 5 seconds ago             ${c.name}\n`,
    );
    expect(s.run('docker ps').out).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n');
  });

  it('classic: 18.03 widths and the engine/userguide link', () => {
    const s = session('classic');
    const r = s.run('docker run hello-world');
    expect(r.err).toBe(
      "Unable to find image 'hello-world:latest' locally\n" +
        'latest: Pulling from library/hello-world\n' +
        '9bb5a5d4561a: Pull complete\n' +
        'Digest: sha256:f5233545e43561214ca4891fd1157e1c3c563316ed8e237750d59bde73361e77\n' +
        'Status: Downloaded newer image for hello-world:latest\n',
    );
    expect(r.out).toBe(HELLO_CURRENT.replace('https://docs.docker.com/get-started/', 'https://docs.docker.com/engine/userguide/'));
    const c = s.containers()[0];
    s.advance(120_000);
    expect(s.run('docker ps -a').out).toBe(
      'CONTAINER ID        IMAGE               COMMAND             CREATED             STATUS                     PORTS               NAMES\n' +
        `${c.id.slice(0, 12)}        hello-world         "/hello"            2 minutes ago       Exited (0) 2 minutes ago                       ${c.name}\n`,
    );
    expect(s.run('docker images').out).toBe(
      'REPOSITORY          TAG                 IMAGE ID            CREATED             SIZE\n' +
        `hello-world         latest              ${c.imageId.slice(0, 12)}        5 weeks ago         1.85kB\n`,
    );
  });
});

describe('docker run', () => {
  it('attached: the exit code is the container’s, stdout and stderr kept apart', () => {
    const s = session('current');
    s.run('docker pull alpine');
    const r = s.run("docker run alpine sh -c 'echo out; echo err >&2; exit 3'");
    expect([r.out, r.err, r.exit]).toEqual(['out\n', 'err\n', 3]);
    expect(s.run('echo $?').out).toBe('3\n');
  });

  it('-d prints the full id; --name conflicts and missing commands fail per era', () => {
    for (const [profile, conflictTail, notFound, code] of [
      [
        'current',
        "\n\nRun 'docker run --help' for more information\n",
        'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "nosuch": executable file not found in $PATH: unknown\n\nRun \'docker run --help\' for more information\n',
        127,
      ],
      [
        'classic',
        "\nSee 'docker run --help'.\n",
        'docker: Error response from daemon: OCI runtime create failed: container_linux.go:348: starting container process caused "exec: \\"nosuch\\": executable file not found in $PATH": unknown.\n',
        127,
      ],
    ] as const) {
      const s = session(profile);
      s.run('docker pull busybox');
      const d = s.run('docker run -d --name sl busybox sleep 1000');
      const id = s.container('sl').id;
      expect([d.out, d.err, d.exit]).toEqual([`${id}\n`, '', 0]);
      const again = s.run('docker run --name sl busybox');
      const conflict = `docker: Error response from daemon: Conflict. The container name "/sl" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`;
      expect(again.err.startsWith(conflict)).toBe(true);
      expect(again.err.endsWith(conflictTail)).toBe(true);
      expect(again.exit).toBe(125);
      const missing = s.run('docker run busybox nosuch');
      expect([missing.err, missing.exit]).toEqual([notFound, code]);
    }
  });

  it('streams a running container as a job; --rm removes it once its output was read', () => {
    const s = session('current');
    s.run('docker pull busybox');
    const r = s.run('docker run --rm --name pinger busybox ping -c 2 127.0.0.1');
    expect(r.running).toBe(true);
    expect(times(r.out)).toBe('PING 127.0.0.1 (127.0.0.1): 56 data bytes\n64 bytes from 127.0.0.1: seq=0 ttl=64 time=T ms\n');
    const end = s.advance(5000);
    expect(end.running).toBe(false);
    expect(end.exit).toBe(0);
    expect(times(end.out)).toBe(
      '64 bytes from 127.0.0.1: seq=1 ttl=64 time=T ms\n\n--- 127.0.0.1 ping statistics ---\n2 packets transmitted, 2 packets received, 0% packet loss\nround-trip min/avg/max = T/T/T ms\n',
    );
    expect(s.containers()).toEqual([]);
  });

  it('Ctrl-C is proxied as SIGINT: ping prints its summary and the run ends', () => {
    const s = session('classic');
    s.run('docker pull busybox');
    s.run('docker run --name pinger busybox ping 127.0.0.1');
    s.advance(1000);
    const c = s.interrupt();
    expect(c.running).toBe(false);
    expect(c.out).toContain('--- 127.0.0.1 ping statistics ---\n2 packets transmitted, 2 packets received, 0% packet loss\n');
    expect(s.container('pinger').state.status).toBe('exited');
  });

  it('-it enters the image’s shell as the container’s main process; exit stops it', () => {
    const s = session('current');
    s.run('docker pull ubuntu');
    const r = s.run('docker run -it --name box ubuntu');
    const id = s.container('box').id;
    expect([r.out, r.exit, r.prompt]).toEqual(['', 0, `root@${id.slice(0, 12)}:/# `]);
    expect(s.run('hostname').out).toBe(`${id.slice(0, 12)}\n`);
    expect(s.run('exit').prompt).toBe('docker@default:~$ ');
    expect(s.container('box').state).toMatchObject({ status: 'exited', exitCode: 0 });
  });
});

describe('start, stop, rm, logs, exec, port, wait, prune', () => {
  it('multi-container commands echo what was typed and report failures at the end', () => {
    for (const [profile, rmMissing, startTail] of [
      ['current', 'Error response from daemon: No such container: nosuch\n', 'failed to start containers: nosuch\n'],
      ['classic', 'Error: No such container: nosuch\n', 'Error: failed to start containers: nosuch\n'],
    ] as const) {
      const s = session(profile);
      s.run('docker pull busybox');
      s.run('docker run -d --name sl busybox sleep 1000');
      const stop = s.run('docker stop sl nosuch');
      expect([stop.out, stop.err, stop.exit]).toEqual(['sl\n', 'Error response from daemon: No such container: nosuch\n', 1]);
      expect(s.container('sl').state.exitCode).toBe(137);
      const start = s.run('docker start sl nosuch');
      expect([start.out, start.err, start.exit]).toEqual(['sl\n', `Error response from daemon: No such container: nosuch\n${startTail}`, 1]);
      const rm = s.run('docker rm -f sl nosuch');
      expect(rm.out).toBe('sl\n');
      expect(rm.err).toBe(profile === 'current' ? '' : rmMissing);
      expect(rm.exit).toBe(profile === 'current' ? 0 : 1);
      expect(s.run('docker logs nosuch').err).toBe(rmMissing);
    }
  });

  it('exec runs utilities in the container, with the runtime’s exit codes', () => {
    const s = session('current');
    s.run('docker pull busybox');
    s.run('docker run -d --name sl busybox sleep 1000');
    const echo = s.run('docker exec sl echo hi there');
    expect([echo.out, echo.exit]).toEqual(['hi there\n', 0]);
    const bash = s.run('docker exec -it sl bash');
    expect([bash.err, bash.exit]).toEqual([
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown\n',
      127,
    ]);
    const sh = s.run('docker exec -it sl sh');
    expect(sh.prompt).toBe('/ # ');
    expect(s.run('exit').prompt).toBe('docker@default:~$ ');
    expect(s.container('sl').state.status).toBe('running');
    s.run('docker stop -t 1 sl');
    expect(s.run('docker exec sl ls').err).toBe(`Error response from daemon: container ${s.container('sl').id} is not running\n`);
  });

  it('exec and start -a inspect first: a missing container is the 18.03 client\'s own 404 text', () => {
    const classic = session('classic');
    for (const line of ['docker exec -it nosuch sh', 'docker exec nosuch ls', 'docker start -a nosuch']) {
      expect(classic.run(line)).toMatchObject({ out: '', err: 'Error: No such container: nosuch\n', exit: 1 });
    }
    const current = session('current');
    expect(current.run('docker exec -it nosuch sh')).toMatchObject({ err: 'Error response from daemon: No such container: nosuch\n', exit: 1 });
  });

  it('logs --since/--until: durations back from now in whole seconds, dates, bad values per era', () => {
    for (const [profile, bad] of [
      ['classic', 'failed to parse value as time or duration: "abc"\n'],
      ['current', 'invalid value for "since": failed to parse value as time or duration: "abc"\n'],
    ] as const) {
      const s = session(profile);
      s.run('docker run -d --name web -p 8080:80 nginx');
      s.run('curl -s -o /dev/null localhost:8080');
      s.run('sleep 120');
      s.advance(120_000);
      s.run('curl -s -o /dev/null localhost:8080');
      const all = s.run('docker logs web').out.split('\n').filter((l) => l.includes('GET /'));
      expect(all).toHaveLength(2);
      expect(s.run('docker logs --since 1m web').out.split('\n').filter((l) => l.includes('GET /'))).toEqual([all[1]]);
      expect(s.run('docker logs --until 1m web').out.split('\n').filter((l) => l.includes('GET /'))).toEqual([all[0]]);
      expect(s.run('docker logs --since abc web')).toMatchObject({ out: '', err: bad, exit: 1 });
    }
  });

  it('port lists published ports (with IPv6 in current) and names missing ones per era', () => {
    for (const [profile, all, one, missing] of [
      ['current', '80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n', '0.0.0.0:8080\n[::]:8080\n', "no public port '81' published for web\n"],
      ['classic', '80/tcp -> 0.0.0.0:8080\n', '0.0.0.0:8080\n', "Error: No public port '81/tcp' published for web\n"],
    ] as const) {
      const s = session(profile);
      s.run('docker pull nginx');
      s.run('docker run -d --name web -p 8080:80 nginx');
      expect(s.run('docker port web').out).toBe(all);
      expect(s.run('docker port web 80').out).toBe(one);
      expect(s.run('docker port web 81').err).toBe(missing);
    }
  });

  it('ps filters, -q, --format and the PORTS column', () => {
    const s = session('current');
    s.run('docker pull nginx');
    s.run('docker pull busybox');
    s.run('docker run -d --name web -p 8080:80 -l tier=front nginx');
    s.run('docker run --name done busybox true');
    const web = s.container('web');
    expect(s.run('docker ps').out).toBe(
      'CONTAINER ID   IMAGE     COMMAND                  CREATED                  STATUS                  PORTS                                     NAMES\n' +
        `${web.id.slice(0, 12)}   nginx     "/docker-entrypoint.…"   Less than a second ago   Up Less than a second   0.0.0.0:8080->80/tcp, [::]:8080->80/tcp   web\n`,
    );
    expect(s.run('docker ps -aq').out).toBe(`${s.container('done').id.slice(0, 12)}\n${web.id.slice(0, 12)}\n`);
    expect(s.run("docker ps -a -f status=exited --format '{{.Names}}: {{.Status}}'").out).toBe('done: Exited (0) Less than a second ago\n');
    expect(s.run('docker ps -f label=tier=front --format "table {{.Names}}\\t{{.Labels}}"').out).toBe('NAMES     LABELS\nweb       maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>,tier=front\n');
    expect(s.run('docker ps -f colour=red').err).toBe("Error response from daemon: invalid filter 'colour'\n");
  });

  it('wait blocks until the container exits and prints its code', () => {
    const s = session('current');
    s.run('docker pull busybox');
    s.run('docker run -d --name sl busybox sleep 3');
    const w = s.run('docker wait sl');
    expect([w.out, w.running]).toEqual(['', true]);
    const end = s.advance(4000);
    expect([end.out, end.running, end.exit]).toEqual(['0\n', false, 0]);
  });

  it('container prune asks first; y on stdin deletes, Enter at the question keeps them', () => {
    for (const [profile, declined] of [
      ['current', ''],
      ['classic', 'Total reclaimed space: 0B\n'],
    ] as const) {
      const s = session(profile);
      s.run('docker pull busybox');
      s.run('docker run --name done busybox true');
      const id = s.container('done').id;
      const warning = 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ';
      expect(s.run('docker container prune').out).toBe('WARNING! This will remove all stopped containers.\n');
      expect(s.run('').out).toBe(declined);
      expect(s.run('echo y | docker container prune').out).toBe(`${warning}Deleted Containers:\n${id}\n\nTotal reclaimed space: 0B\n`);
      expect(s.containers()).toEqual([]);
    }
  });

  it('top shows the container’s processes with host pids; stats --no-stream one row per container', () => {
    const s = session('classic');
    s.run('docker pull busybox');
    s.run('docker run -d --name sl busybox sleep 1000');
    const c = s.container('sl');
    const pid = c.state.pid;
    const top = s.run('docker top sl').out.split('\n');
    expect(top[0]).toBe('UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD');
    const ppid = getProcess(s.world().hosts.default.kernel, pid)!.ppid;
    const cells = ['root', String(pid), String(ppid), '0', '10:00', '?', '00:00:00'];
    expect(top[1]).toBe(`${cells.map((x) => x.padEnd(20)).join('')}sleep 1000`);
    expect(s.run('docker stats --no-stream').out).toBe(
      'CONTAINER ID        NAME                CPU %               MEM USAGE / LIMIT     MEM %               NET I/O             BLOCK I/O           PIDS\n' +
        `${c.id.slice(0, 12)}        sl                  0.00%               1.335MiB / 989.5MiB   0.13%               0B / 0B             0B / 0B             1\n`,
    );
  });
});
