// Era-dependent texts of the docker CLI's container commands (ps, start, stop, wait, prune …).
import type { ProfileName } from '../world';

export interface ContainerCliSection {
  /** Closing line of `docker start` when some containers failed (joined by ", "). */
  startFailed: string;
  /** `docker start -a` given several containers. */
  startAttachMany: string;
  /** `rm -f` of a missing container: current clients skip it silently, 18.03 reported it. */
  rmForceSkipsMissing: boolean;
  /** `docker port c 80` with nothing published: `{port}` is as typed (current) or `80/tcp` (18.03). */
  portNotPublished: string;
  portTypedInError: boolean;
  /** Client-side refusals of `docker attach`. */
  attachStopped: string;
  attachPaused: string;
  /** RAM of the docker host VM (stats' LIMIT without --memory): boot2docker's 989.5MiB, a 2GiB VM today. */
  hostMemory: number;
  /** The daemon's answer to an unknown `ps --filter` key: `%s` is the key. */
  psInvalidFilter: string;
  /** The daemon's answer to `ps --filter status=<bad>`: `%s` is the value. */
  psInvalidStatus: string;
  /**
   * `docker cp` when the daemon answers 404: the 18.03 client put its own text over the daemon's
   * (`{container}`, `{path}`); '' prints the daemon's message.
   */
  cpNotFound: string;
  /** `docker cp`'s closing line on a terminal (`{size}`, `{dest}`); '' when the client printed none. */
  cpSuccess: string;
  /** `docker cp CONTAINER:SRC DEST` checks DEST's directory first (command.ValidateOutputPath). */
  cpValidatesOutputPath: boolean;
}

export const containerCliSections: Record<ProfileName, ContainerCliSection> = {
  current: {
    startFailed: 'failed to start containers: %s',
    startAttachMany: 'you cannot start and attach multiple containers at once',
    rmForceSkipsMissing: true,
    portNotPublished: "no public port '{port}' published for {container}",
    portTypedInError: true,
    attachStopped: 'cannot attach to a stopped container, start it first',
    attachPaused: 'cannot attach to a paused container, unpause it first',
    hostMemory: 2_096_058_368,
    psInvalidFilter: "invalid filter '%s'",
    psInvalidStatus: "invalid filter 'status=%s'",
    cpNotFound: '',
    cpSuccess: 'Successfully copied {size} to {dest}',
    cpValidatesOutputPath: true,
  },
  classic: {
    startFailed: 'Error: failed to start containers: %s',
    startAttachMany: 'You cannot start and attach multiple containers at once',
    rmForceSkipsMissing: false,
    portNotPublished: "Error: No public port '{port}' published for {container}",
    portTypedInError: false,
    attachStopped: 'You cannot attach to a stopped container, start it first',
    attachPaused: 'You cannot attach to a paused container, unpause it first',
    hostMemory: 1_037_565_952,
    psInvalidFilter: "Invalid filter '%s'",
    psInvalidStatus: 'Unrecognised filter value for status: %s',
    cpNotFound: 'Error: No such container:path: {container}:{path}',
    cpSuccess: '',
    cpValidatesOutputPath: false,
  },
};
