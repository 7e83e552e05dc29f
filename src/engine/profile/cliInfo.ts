// `docker info` and `docker version` facts of each era's engine that are not in base.ts: the
// info layout (18.03's flat list on boot2docker; v29's Client/Server blocks on Ubuntu), the
// component commits and the platform name. `{placeholders}` are filled from the world.
import type { ProfileName } from '../world';

export interface ServerComponent {
  name: string;
  version: string;
  gitCommit: string;
}

export interface CliInfo {
  /** `Client: <name>` / `Server: <name>` in `docker version`; '' prints a bare `Client:`. */
  platformName: string;
  /** `docker version` server components after Engine. */
  serverComponents: ServerComponent[];
  /** Bytes of RAM the host reports (boot2docker's 1 GB VM shows 989.5MiB). */
  totalMemory: number;
  /** The whole `docker info` text; `{swarm}` is replaced by the swarm lines, already indented. */
  info: string;
  /** Indent of the swarm lines under `Swarm:` (one more in the sectioned layout). */
  swarmIndent: string;
  /** Lines that go to stderr after `docker info`. */
  infoWarnings: string;
}

const classicInfo = `Containers: {containers}
 Running: {running}
 Paused: {paused}
 Stopped: {stopped}
Images: {images}
Server Version: {version}
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
Swarm: {swarm}
Runtimes: runc
Default Runtime: runc
Init Binary: docker-init
containerd version: 773c489c9c1b21a6d78b5c538cd395416ec50f88
runc version: 4fc53a81fb7c994640722ac585fa9ca548971871
init version: 949e6fa
Security Options:
 seccomp
  Profile: default
Kernel Version: {kernel}
Operating System: {os}
OSType: linux
Architecture: x86_64
CPUs: 1
Total Memory: {memory}
Name: {name}
ID: {id}
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

`;

const currentInfo = `Client: Docker Engine - Community
 Version:    {version}
 Context:    default
 Debug Mode: false
 Plugins:
  buildx: Docker Buildx (Docker Inc.)
    Version:  v0.30.0
    Path:     /usr/libexec/docker/cli-plugins/docker-buildx
  compose: Docker Compose (Docker Inc.)
    Version:  v2.40.3
    Path:     /usr/libexec/docker/cli-plugins/docker-compose

Server:
 Containers: {containers}
  Running: {running}
  Paused: {paused}
  Stopped: {stopped}
 Images: {images}
 Server Version: {version}
 Storage Driver: overlayfs
  driver-type: io.containerd.snapshotter.v1
 Logging Driver: json-file
 Cgroup Driver: systemd
 Cgroup Version: 2
 Plugins:
  Volume: local
  Network: bridge host ipvlan macvlan null overlay
  Log: awslogs fluentd gcplogs gelf journald json-file local splunk syslog
 CDI spec directories:
  /etc/cdi
  /var/run/cdi
 Swarm: {swarm}
 Runtimes: io.containerd.runc.v2 runc
 Default Runtime: runc
 Init Binary: docker-init
 containerd version: fcd43222d6b07379a4be9786bda52438f0dd16a1
 runc version: v1.3.3-0-gd842d771
 init version: de40ad0
 Security Options:
  apparmor
  seccomp
   Profile: builtin
  cgroupns
 Kernel Version: {kernel}
 Operating System: {os}
 OSType: linux
 Architecture: x86_64
 CPUs: 1
 Total Memory: {memory}
 Name: {name}
 ID: {id}
 Docker Root Dir: /var/lib/docker
 Debug Mode: false
 Experimental: false
 Insecure Registries:
  ::1/128
  127.0.0.0/8
 Live Restore Enabled: false
 Firewall Backend: iptables

`;

export const cliInfo: Record<ProfileName, CliInfo> = {
  current: {
    platformName: 'Docker Engine - Community',
    serverComponents: [
      { name: 'containerd', version: 'v2.1.5', gitCommit: 'fcd43222d6b07379a4be9786bda52438f0dd16a1' },
      { name: 'runc', version: '1.3.3', gitCommit: 'v1.3.3-0-gd842d771' },
      { name: 'docker-init', version: '0.19.0', gitCommit: 'de40ad0' },
    ],
    totalMemory: 2_096_058_368,
    info: currentInfo,
    swarmIndent: '  ',
    infoWarnings: '',
  },
  classic: {
    platformName: '',
    serverComponents: [],
    totalMemory: 1_037_565_952,
    info: classicInfo,
    swarmIndent: ' ',
    infoWarnings: '',
  },
};
