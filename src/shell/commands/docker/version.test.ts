import { describe, it, expect } from 'vitest';
import { dockerSession } from './testDocker';

describe('docker version', () => {
  it('classic: client and server blocks aligned at 15 and 16', () => {
    expect(dockerSession('classic').docker('version')).toEqual({
      code: 0,
      err: '',
      out: `Client:
 Version:      18.03.1-ce
 API version:  1.37
 Go version:   go1.9.5
 Git commit:   9ee9f40
 Built:        Thu Apr 26 07:17:20 2018
 OS/Arch:      linux/amd64
 Experimental: false
 Orchestrator: swarm

Server:
 Engine:
  Version:      18.03.1-ce
  API version:  1.37 (minimum version 1.12)
  Go version:   go1.9.5
  Git commit:   9ee9f40
  Built:        Thu Apr 26 07:15:30 2018
  OS/Arch:      linux/amd64
  Experimental: false
`,
    });
  });

  it('current: platform name, context, components', () => {
    expect(dockerSession('current').docker('version').out).toBe(`Client: Docker Engine - Community
 Version:           29.0.1
 API version:       1.52
 Go version:        go1.25.4
 Git commit:        eedd969
 Built:             Fri Nov 14 16:17:55 2025
 OS/Arch:           linux/amd64
 Context:           default

Server: Docker Engine - Community
 Engine:
  Version:          29.0.1
  API version:      1.52 (minimum version 1.44)
  Go version:       go1.25.4
  Git commit:       eedd969
  Built:            Fri Nov 14 16:17:55 2025
  OS/Arch:          linux/amd64
  Experimental:     false
 containerd:
  Version:          v2.1.5
  GitCommit:        fcd43222d6b07379a4be9786bda52438f0dd16a1
 runc:
  Version:          1.3.3
  GitCommit:        v1.3.3-0-gd842d771
 docker-init:
  Version:          0.19.0
  GitCommit:        de40ad0
`);
  });

  it('a stopped daemon: client block, then the connection error', () => {
    const s = dockerSession('classic');
    s.world.hosts.default.daemon.running = false;
    const r = s.docker('version');
    expect(r.code).toBe(1);
    expect(r.out.endsWith(' Orchestrator: swarm\n')).toBe(true);
    expect(r.err).toBe('Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n');
  });

  it('--format runs a template over the version data', () => {
    expect(dockerSession('classic').docker("version -f '{{.Server.Version}}'")).toEqual({ code: 0, out: '18.03.1-ce\n', err: '' });
    expect(dockerSession('current').docker("version --format '{{.Client.APIVersion}}'").out).toBe('1.52\n');
    const bad = dockerSession('classic').docker("version -f '{{.Server.Version'");
    expect(bad.code).toBe(64);
    expect(bad.err.startsWith('Template parsing error: template: ')).toBe(true);
  });
});
