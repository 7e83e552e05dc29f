// Named and anonymous volumes.
import type { FsDir } from '../fs/fsTypes';

export interface Volume {
  name: string;
  driver: 'local';
  created: number;
  mountpoint: string; // /var/lib/docker/volumes/<name>/_data
  labels: Record<string, string>;
  /** Anonymous volumes are named by 64 hex and removed with `rm -v`. */
  anonymous: boolean;
  files: FsDir;
}
