import { describe, it, expect } from 'vitest';
import { dockerSession } from './testDocker';

describe('docker info', () => {
  it('classic: the flat boot2docker layout with counts from the world', () => {
    const s = dockerSession('classic');
    const id = s.world.hosts.default.daemon.id;
    const r = s.docker('info');
    expect(r.code).toBe(0);
    expect(r.out).toBe(`Containers: 0
 Running: 0
 Paused: 0
 Stopped: 0
Images: 0
Server Version: 18.03.1-ce
Storage Driver: overlay2
 Backing Filesystem: extfs
 Supports d_type: true
 Native Overlay Diff: true
Logging Driver: json-file
Cgroup Driver: cgroupfs
Plugins:
 Volume: local
 Network: bridge host macvlan null overlay
 Log: awslogs fluentd gcplogs gelf journald json-file logentries splunk syslog
Swarm: inactive
Runtimes: runc
Default Runtime: runc
Init Binary: docker-init
containerd version: 773c489c9c1b21a6d78b5c538cd395416ec50f88
runc version: 4fc53a81fb7c994640722ac585fa9ca548971871
init version: 949e6fa
Security Options:
 seccomp
  Profile: default
Kernel Version: 4.9.93-boot2docker
Operating System: Boot2Docker 18.03.1-ce (TCL 8.2.1); HEAD : cb77972 - Thu Apr 26 16:40:36 UTC 2018
OSType: linux
Architecture: x86_64
CPUs: 1
Total Memory: 989.5MiB
Name: default
ID: ${id}
Docker Root Dir: /mnt/sda1/var/lib/docker
Debug Mode (client): false
Debug Mode (server): false
Registry: https://index.docker.io/v1/
Labels:
 provider=virtualbox
Experimental: false
Insecure Registries:
 127.0.0.0/8
Live Restore Enabled: false

`);
  });

  it('current: Client and Server sections', () => {
    const out = dockerSession('current').docker('info').out;
    expect(out.startsWith('Client: Docker Engine - Community\n Version:    29.0.1\n Context:    default\n')).toBe(true);
    expect(out).toContain('\nServer:\n Containers: 0\n  Running: 0\n  Paused: 0\n  Stopped: 0\n Images: 0\n Server Version: 29.0.1\n');
    expect(out).toContain('\n Total Memory: 1.952GiB\n Name: default\n');
  });

  it('--format reads the API fields', () => {
    expect(dockerSession('classic').docker("info -f '{{.ServerVersion}} {{.NCPU}} {{.Swarm.LocalNodeState}}'")).toEqual({
      code: 0,
      out: '18.03.1-ce 1 inactive\n',
      err: '',
    });
  });
});
