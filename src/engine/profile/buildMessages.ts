// `docker build` texts that changed between the eras: the 18.03 classic builder, and Docker 29
// whose default is BuildKit (the legacy builder only with DOCKER_BUILDKIT=0, behind a banner).
import type { ProfileName } from '../world';

export interface BuildMessages {
  /** The builder `docker build` uses unless DOCKER_BUILDKIT=0. */
  defaultBuilder: 'classic' | 'buildkit';
  /** Printed (stderr) before a legacy build in an era where BuildKit is the default. */
  legacyBanner: string;
  /** The classic builder's line after a step's container went. */
  removedIntermediate(id12: string): string;
  /** 18.03's WORKDIR made its container without printing `Running in` (fixed in 18.06). */
  workdirPrintsRunningIn: boolean;
  /** Legacy builder: a COPY/ADD source that is not in the context. */
  copyMissing(path: string, tmpDir: string): string;
}

export const buildMessages: Record<ProfileName, BuildMessages> = {
  current: {
    defaultBuilder: 'buildkit',
    legacyBanner:
      'DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n' +
      '            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0\n' +
      '            environment-variable.\n\n',
    removedIntermediate: (id) => ` ---> Removed intermediate container ${id}`,
    workdirPrintsRunningIn: true,
    copyMissing: (path) => `COPY failed: file not found in build context or excluded by .dockerignore: stat ${path.replace(/^\//, '')}: file does not exist`,
  },
  classic: {
    defaultBuilder: 'classic',
    legacyBanner: '',
    removedIntermediate: (id) => `Removing intermediate container ${id}`,
    workdirPrintsRunningIn: false,
    copyMissing: (path, tmp) => `COPY failed: stat ${tmp}${path}: no such file or directory`,
  },
};
