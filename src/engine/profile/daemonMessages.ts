// Daemon error texts that changed between eras (the moby v18.03 tree vs current moby). Messages
// are given without "Error response from daemon: ", which the CLI adds.
import type { ProfileName } from '../world';

export interface DaemonMessages {
  /** NetworkMode stored for a container created without --network. */
  defaultNetworkMode: string;
  notRunning(id: string): string;
  killNotRunning(ref: string, id: string): string;
  alreadyPaused(id: string): string;
  notPaused(id: string): string;
  execPaused(id: string): string;
  rmRunning(ref: string, id: string, state: 'running' | 'paused' | 'restarting'): string;
  ambiguousPrefix(prefix: string): string;
  portConflict(endpointName: string, endpointId: string, hostIp: string, hostPort: string): string;
  /** The main process's executable is missing: `cmd` as typed, `detail` is runc's reason. */
  startExecFailed(cmd: string, detail: string): string;
  execExecFailed(cmd: string, detail: string): string;
  restartWithRm: string;
  restartUnknownPolicy(name: string): string;
  restartRetryNotAllowed(name: string): string;
  restartRetryNegative: string;
  restartRetryNotInteger: string;
  restartBadFormat: string;
  invalidContainerPort(p: string): string;
  invalidHostPort(p: string): string;
  invalidProto(p: string): string;
  invalidPortRanges(containerPort: string, hostPort: string): string;
  invalidIp(ip: string): string;
  noPortSpecified(raw: string): string;
}

const notFoundInPath = (cmd: string) => `exec: "${cmd}": executable file not found in $PATH`;

export const daemonMessages: Record<ProfileName, DaemonMessages> = {
  current: {
    defaultNetworkMode: 'bridge',
    notRunning: (id) => `container ${id} is not running`,
    killNotRunning: (ref, id) => `cannot kill container: ${ref}: container ${id} is not running`,
    alreadyPaused: (id) => `container ${id} is already paused`,
    notPaused: (id) => `Container ${id} is not paused`,
    execPaused: (id) => `Container ${id} is paused, unpause the container before exec`,
    rmRunning: (ref, _id, state) =>
      state === 'paused'
        ? `cannot remove container "${ref}": container is paused and must be unpaused first`
        : `cannot remove container "${ref}": container is ${state}: stop the container before removing or force remove`,
    ambiguousPrefix: (prefix) => `multiple IDs found with provided prefix: ${prefix}`,
    portConflict: (name, eid, ip, port) =>
      `failed to set up container networking: driver failed programming external connectivity on endpoint ${name} (${eid}): Bind for ${ip}:${port} failed: port is already allocated`,
    startExecFailed: (cmd, detail) =>
      `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ${detail || notFoundInPath(cmd)}: unknown`,
    execExecFailed: (cmd, detail) =>
      `OCI runtime exec failed: exec failed: unable to start container process: ${detail || notFoundInPath(cmd)}: unknown`,
    restartWithRm: 'conflicting options: cannot specify both --restart and --rm',
    restartUnknownPolicy: (name) =>
      `invalid restart policy: unknown policy '${name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`,
    restartRetryNotAllowed: () => "invalid restart policy: maximum retry count can only be used with 'on-failure'",
    restartRetryNegative: 'invalid restart policy: maximum retry count cannot be negative',
    restartRetryNotInteger: 'invalid restart policy format: maximum retry count must be an integer',
    restartBadFormat: 'invalid restart policy format: maximum retry count must be an integer',
    invalidContainerPort: (p) => `invalid containerPort: ${p}`,
    invalidHostPort: (p) => `invalid hostPort: ${p}`,
    invalidProto: (p) => `invalid proto: ${p}`,
    invalidPortRanges: (c, h) => `invalid ranges specified for container and host Ports: ${c} and ${h}`,
    invalidIp: (ip) => `invalid IP address: ${ip}`,
    noPortSpecified: (raw) => `no port specified: ${raw}<empty>`,
  },
  classic: {
    defaultNetworkMode: 'default',
    notRunning: (id) => `Container ${id} is not running`,
    killNotRunning: (ref, id) => `Cannot kill container: ${ref}: Container ${id} is not running`,
    alreadyPaused: (id) => `Container ${id} is already paused`,
    notPaused: (id) => `Container ${id} is not paused`,
    execPaused: (id) => `Container ${id} is paused, unpause the container before exec`,
    rmRunning: (_ref, id, state) =>
      state === 'paused'
        ? `You cannot remove a paused container ${id}. Unpause and then stop the container before attempting removal or force remove`
        : `You cannot remove a ${state} container ${id}. Stop the container before attempting removal or force remove`,
    ambiguousPrefix: (prefix) => `Multiple IDs found with provided prefix: ${prefix}`,
    portConflict: (name, eid, ip, port) =>
      `driver failed programming external connectivity on endpoint ${name} (${eid}): Bind for ${ip}:${port} failed: port is already allocated`,
    startExecFailed: (cmd, detail) =>
      `OCI runtime create failed: container_linux.go:348: starting container process caused "${(detail || notFoundInPath(cmd)).replace(/"/g, '\\"')}": unknown`,
    execExecFailed: (cmd, detail) =>
      `OCI runtime exec failed: exec failed: container_linux.go:348: starting container process caused "${(detail || notFoundInPath(cmd)).replace(/"/g, '\\"')}": unknown`,
    restartWithRm: 'Conflicting options: --restart and --rm',
    restartUnknownPolicy: (name) => `invalid restart policy '${name}'`,
    restartRetryNotAllowed: (name) => `maximum retry count cannot be used with restart policy '${name}'`,
    restartRetryNegative: 'maximum retry count cannot be negative',
    restartRetryNotInteger: 'maximum retry count must be an integer',
    restartBadFormat: 'invalid restart policy format',
    invalidContainerPort: (p) => `Invalid containerPort: ${p}`,
    invalidHostPort: (p) => `Invalid hostPort: ${p}`,
    invalidProto: (p) => `Invalid proto: ${p}`,
    invalidPortRanges: (c, h) => `Invalid ranges specified for container and host Ports: ${c} and ${h}`,
    invalidIp: (ip) => `Invalid ip address: ${ip}`,
    noPortSpecified: (raw) => `No port specified: ${raw}<empty>`,
  },
};
