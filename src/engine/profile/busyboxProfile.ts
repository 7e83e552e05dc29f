// The banner line busybox applets print above their usage text. It names the binary's version
// and build time, so it belongs to the image: the busybox image and Alpine carry different
// builds, and each era has its own.
import type { ProfileName } from '../world';

export interface BusyboxProfile {
  /** The busybox image's binary (1.28.3 in 2018; 1.37.0-glibc today). */
  busyboxImage: string;
  /** Alpine's busybox package (3.7: 1.27.2; 3.23: 1.37.0). */
  alpine: string;
}

export const busyboxProfiles: Record<ProfileName, BusyboxProfile> = {
  classic: {
    busyboxImage: 'BusyBox v1.28.3 (2018-04-05 10:41:28 UTC) multi-call binary.',
    alpine: 'BusyBox v1.27.2 (2018-06-06 09:08:44 UTC) multi-call binary.',
  },
  current: {
    busyboxImage: 'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.',
    alpine: 'BusyBox v1.37.0 (2025-01-17 18:12:01 UTC) multi-call binary.',
  },
};

export const BUSYBOX_SLEEP_USAGE =
  'Usage: sleep [N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays\n';
