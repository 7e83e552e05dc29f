// Era-dependent texts of the docker CLI's container commands (ps, start, stop, wait, prune …).
import type { ProfileName } from '../world';

export interface ContainerCliSection {
  /** Closing line of `docker start` when some containers failed (joined by ", "). */
  startFailed: string;
  /** The daemon's answer to an unknown `ps --filter` key: `%s` is the key. */
  psInvalidFilter: string;
  /** The daemon's answer to `ps --filter status=<bad>`: `%s` is the value. */
  psInvalidStatus: string;
}

export const containerCliSections: Record<ProfileName, ContainerCliSection> = {
  current: {
    startFailed: 'failed to start containers: %s',
    psInvalidFilter: "invalid filter '%s'",
    psInvalidStatus: "invalid filter 'status=%s'",
  },
  classic: {
    startFailed: 'Error: failed to start containers: %s',
    psInvalidFilter: "Invalid filter '%s'",
    psInvalidStatus: 'Unrecognised filter value for status: %s',
  },
};
