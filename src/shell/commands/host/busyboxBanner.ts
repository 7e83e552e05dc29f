// The first line of a busybox applet's usage text, from the binary the frame's image carries
// (the profile's busybox section): Alpine's package or the busybox image's own build.
import { busyboxProfiles } from '../../../engine/profile/busyboxProfile';
import type { Runtime } from '../../interp/runtime';

export function busyboxBanner(rt: Runtime): string {
  const p = busyboxProfiles[rt.profile.name];
  return rt.vfs.exists('/etc/alpine-release') ? p.alpine : p.busyboxImage;
}
