import { describe, expect, it } from 'vitest';
import { listContainerRecords } from '../../../engine/tables/containerTable';
import { dockerSession } from './testDocker';

describe('docker run/create: what the CLI rejects before it asks the daemon', () => {
  it('fails at once without pulling, in each era’s format, exit 125', () => {
    const classic = dockerSession('classic');
    expect(classic.docker('run -p 99999:80 nginx')).toEqual({
      code: 125,
      out: '',
      err: "docker: Invalid hostPort: 99999.\nSee 'docker run --help'.\n",
    });
    expect(classic.docker('create --rm --restart always busybox')).toEqual({
      code: 125,
      out: '',
      err: "docker: Conflicting options: --restart and --rm.\nSee 'docker create --help'.\n",
    });
    const current = dockerSession('current');
    expect(current.docker('run --restart sometimes busybox')).toEqual({
      code: 125,
      out: '',
      err: "docker: Error response from daemon: invalid restart policy: unknown policy 'sometimes'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'\n\nRun 'docker run --help' for more information\n",
    });
    // The CLI only splits NAME[:COUNT]; the name is the daemon's to refuse (before any image lookup).
    expect(classic.docker('run --restart=sometimes busybox')).toEqual({
      code: 125,
      out: '',
      err: "docker: Error response from daemon: invalid restart policy 'sometimes'.\nSee 'docker run --help'.\n",
    });
    expect(classic.docker('run --restart=always:3 busybox').err).toBe(
      "docker: Error response from daemon: maximum retry count cannot be used with restart policy 'always'.\nSee 'docker run --help'.\n",
    );
    expect(classic.docker('run --restart=always:2:3 busybox').err).toBe("docker: invalid restart policy format.\nSee 'docker run --help'.\n");
    expect(classic.docker('run --rm --restart=sometimes busybox').err).toBe("docker: Conflicting options: --restart and --rm.\nSee 'docker run --help'.\n");
    // Nothing was pulled or created.
    for (const s of [classic, current]) {
      expect(Object.keys(s.world.hosts.default.daemon.images)).toEqual([]);
      expect(listContainerRecords(s.world.hosts.default.daemon)).toEqual([]);
    }
  });
});
