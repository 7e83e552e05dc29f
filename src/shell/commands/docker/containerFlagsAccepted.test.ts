import { describe, expect, it } from 'vitest';
import { dockerSession } from './testDocker';

describe("docker/cli's other container options", () => {
  it('are accepted by run and create (not "unknown flag"), and the container still runs', () => {
    const s = dockerSession('current');
    s.docker('pull busybox');
    expect(s.docker('run --rm --privileged --init -a stdout --cap-add NET_ADMIN --shm-size 1g --health-interval 5s --pull missing busybox echo ok')).toEqual({
      code: 0,
      out: 'ok\n',
      err: '',
    });
    expect(s.docker('create --read-only --name ro busybox').code).toBe(0);
  });

  it('are listed in --help, sorted among the others, with their value types and defaults', () => {
    const help = dockerSession('current').docker('create --help').out;
    expect(help).toContain(
      '      --privileged                       Give extended privileges to this\n' +
        '                                         container\n' +
        "  -p, --publish list                     Publish a container's port(s) to\n" +
        '                                         the host\n' +
        '  -P, --publish-all                      Publish all exposed ports to\n' +
        '                                         random ports\n' +
        '      --pull string                      Pull image before creating\n' +
        '                                         ("always", "missing", "never")\n' +
        '                                         (default "missing")\n' +
        '  -q, --quiet                            Suppress the pull output\n' +
        '      --read-only                        Mount the container\'s root\n',
    );
    // Hidden: Windows-only options on a Linux daemon, deprecated ones, pflag-hidden aliases.
    for (const gone of ['--cpu-count', '--io-maxiops', '--kernel-memory', '--dns-opt ', '--disable-content-trust']) expect(help).not.toContain(gone);
  });
});
