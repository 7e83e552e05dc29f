// The text editors on the docker host in each era: Ubuntu 24.04 ships GNU nano 7.2 and vim 9.1
// (`vi` is vim); boot2docker's busybox userland has only busybox vi, and no nano or vim at all.
import type { ProfileName } from '../world';

export interface EditorProfile {
  /** The title bar's version of nano where the host has nano (also nano found inside a container). */
  nanoVersion: string;
  /** What `vi` is on the host: vim, or busybox's own small vi. */
  hostVi: 'vim' | 'busybox';
}

export const editorProfiles: Record<ProfileName, EditorProfile> = {
  current: { nanoVersion: '7.2', hostVi: 'vim' },
  classic: { nanoVersion: '2.9.3', hostVi: 'busybox' },
};
