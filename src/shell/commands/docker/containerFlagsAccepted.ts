// The rest of docker/cli's container options (cli/command/container/opts.go addFlags, run.go,
// create.go): the simulator does not model what they change, but it accepts them and lists them
// in --help as the CLI does, so that `docker run --privileged …` is not refused as an unknown flag.
// Texts and value types are docker/cli's own. Flags the CLI hides on a Linux daemon (Windows-only
// ones), deprecated ones and hidden aliases stay accepted and out of the help.
import type { FlagSpec } from '../../cli/flagTypes';

const list = (long: string, description: string, short?: string): FlagSpec => ({ long, short, kind: 'stringArray', valueName: 'list', description });
const str = (long: string, description: string, valueName = 'string'): FlagSpec => ({ long, kind: 'string', valueName, description });
const int = (long: string, description: string, valueName = 'int'): FlagSpec => ({ long, kind: 'int', valueName, description });
const bool = (long: string, description: string): FlagSpec => ({ long, kind: 'bool', description });
const bytes = (long: string, description: string): FlagSpec => ({ long, kind: 'bytes', valueName: 'bytes', description });
const duration = (long: string, description: string): FlagSpec => ({ long, kind: 'duration', valueName: 'duration', description });
const hidden = (f: FlagSpec): FlagSpec => ({ ...f, hidden: true });

export const acceptedContainerFlags: FlagSpec[] = [
  list('attach', 'Attach to STDIN, STDOUT or STDERR', 'a'),
  list('device-cgroup-rule', 'Add a rule to the cgroup allowed devices list'),
  list('device', 'Add a host device to the container'),
  str('gpus', "GPU devices to add to the container ('all' to pass all GPUs)", 'gpu-request'),
  list('env-file', 'Read in a file of environment variables'),
  list('group-add', 'Add additional groups to join'),
  str('domainname', 'Container NIS domain name'),
  list('label-file', 'Read in a line delimited file of labels'),
  bool('read-only', "Mount the container's root filesystem as read only"),
  str('stop-signal', 'Signal to stop the container'),
  int('stop-timeout', 'Timeout (in seconds) to stop a container'),
  { long: 'sysctl', kind: 'stringArray', valueName: 'map', description: 'Sysctl options' },
  { long: 'ulimit', kind: 'stringArray', valueName: 'ulimit', description: 'Ulimit options' },
  list('cap-add', 'Add Linux capabilities'),
  list('cap-drop', 'Drop Linux capabilities'),
  bool('privileged', 'Give extended privileges to this container'),
  list('security-opt', 'Security Options'),
  str('userns', 'User namespace to use'),
  str(
    'cgroupns',
    "Cgroup namespace to use (host|private)\n'host':    Run the container in the Docker host's cgroup namespace\n'private': Run the container in its own private cgroup namespace\n'':        Use the cgroup namespace as configured by the\n           default-cgroupns-mode option on the daemon (default)",
  ),
  list('add-host', 'Add a custom host-to-IP mapping (host:ip)'),
  list('dns', 'Set custom DNS servers'),
  list('dns-option', 'Set DNS options'),
  hidden(list('dns-opt', 'Set DNS options')),
  list('dns-search', 'Set custom DNS search domains'),
  str('ip', 'IPv4 address (e.g., 172.30.100.104)', 'ip'),
  str('ip6', 'IPv6 address (e.g., 2001:db8::33)', 'ip'),
  list('link-local-ip', 'Container IPv4/IPv6 link-local addresses'),
  str('mac-address', 'Container MAC address (e.g., 92:d0:c6:0a:29:33)'),
  str('log-driver', 'Logging driver for the container'),
  str('volume-driver', 'Optional volume driver for the container'),
  list('log-opt', 'Log driver options'),
  list('storage-opt', 'Storage driver options for the container'),
  list('tmpfs', 'Mount a tmpfs directory'),
  list('volumes-from', 'Mount volumes from the specified container(s)'),
  { long: 'mount', kind: 'stringArray', valueName: 'mount', description: 'Attach a filesystem mount to the container' },
  str('health-cmd', 'Command to run to check health'),
  duration('health-interval', 'Time between running the check (ms|s|m|h) (default 0s)'),
  int('health-retries', 'Consecutive failures needed to report unhealthy'),
  duration('health-timeout', 'Maximum time to allow one check to run (ms|s|m|h) (default 0s)'),
  duration('health-start-period', 'Start period for the container to initialize before starting health-retries countdown (ms|s|m|h) (default 0s)'),
  duration('health-start-interval', 'Time between running the check during the start period (ms|s|m|h) (default 0s)'),
  bool('no-healthcheck', 'Disable any container-specified HEALTHCHECK'),
  int('blkio-weight', 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)', 'uint16'),
  list('blkio-weight-device', 'Block IO weight (relative device weight)'),
  str('cidfile', 'Write the container ID to the file'),
  str('cpuset-cpus', 'CPUs in which to allow execution (0-3, 0,1)'),
  str('cpuset-mems', 'MEMs in which to allow execution (0-3, 0,1)'),
  hidden(int('cpu-count', 'CPU count (Windows only)')),
  hidden(int('cpu-percent', 'CPU percent (Windows only)')),
  int('cpu-period', 'Limit CPU CFS (Completely Fair Scheduler) period'),
  int('cpu-quota', 'Limit CPU CFS (Completely Fair Scheduler) quota'),
  int('cpu-rt-period', 'Limit CPU real-time period in microseconds'),
  int('cpu-rt-runtime', 'Limit CPU real-time runtime in microseconds'),
  { long: 'cpu-shares', short: 'c', kind: 'int', valueName: 'int', description: 'CPU shares (relative weight)' },
  list('device-read-bps', 'Limit read rate (bytes per second) from a device'),
  list('device-read-iops', 'Limit read rate (IO per second) from a device'),
  list('device-write-bps', 'Limit write rate (bytes per second) to a device'),
  list('device-write-iops', 'Limit write rate (IO per second) to a device'),
  hidden(bytes('io-maxbandwidth', 'Maximum IO bandwidth limit for the system drive (Windows only)')),
  hidden(int('io-maxiops', 'Maximum IOps limit for the system drive (Windows only)', 'uint')),
  bytes('memory-reservation', 'Memory soft limit'),
  bytes('memory-swap', "Swap limit equal to memory plus swap: '-1' to enable unlimited swap"),
  { ...int('memory-swappiness', 'Tune container memory swappiness (0 to 100)'), defaultText: '-1' },
  bool('oom-kill-disable', 'Disable OOM Killer'),
  int('oom-score-adj', "Tune host's OOM preferences (-1000 to 1000)"),
  int('pids-limit', 'Tune container pids limit (set -1 for unlimited)'),
  str('cgroup-parent', 'Optional parent cgroup for the container'),
  str('ipc', 'IPC mode to use'),
  str('isolation', 'Container isolation technology'),
  str('pid', 'PID namespace to use'),
  bytes('shm-size', 'Size of /dev/shm'),
  str('uts', 'UTS namespace to use'),
  str('runtime', 'Runtime to use for this container'),
  bool('init', 'Run an init inside the container that forwards signals and reaps processes'),
  { long: 'annotation', kind: 'stringArray', valueName: 'map', description: 'Add an annotation to the container (passed through to the OCI runtime)' },
  hidden(bytes('kernel-memory', 'Kernel memory limit (deprecated)')),
];

/** Options `docker run` and `docker create` both add to the container ones. */
export function acceptedCreateFlags(verb: 'running' | 'creating'): FlagSpec[] {
  return [
    { ...str('pull', `Pull image before ${verb} ("always", "missing", "never")`), defaultText: '"missing"' },
    { long: 'quiet', short: 'q', kind: 'bool', description: 'Suppress the pull output' },
    hidden(bool('use-api-socket', 'Bind mount Docker API socket and required auth')),
    str('platform', 'Set platform if server is multi-platform capable'),
    hidden(bool('disable-content-trust', 'Skip image verification (deprecated)')),
  ];
}
