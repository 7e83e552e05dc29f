// Image and registry texts that changed between the eras.
import type { ProfileName } from '../world';

export interface ImageMessages {
  /** A reference whose repository part has capitals. */
  uppercaseRepo(remoteName: string): string;
  /** The hub has no such repository (or it is private). */
  pullAccessDenied(familiarRepo: string): string;
  /** The repository exists but not this tag. */
  manifestUnknown(familiarRef: string): string;
  /** `docker pull` (since 19.03) ends with the fully qualified reference. */
  pullPrintsFullRef: boolean;
  /** Image inspect: the classic API's ContainerConfig/Container/VirtualSize and full Config keys. */
  inspectLegacyFields: boolean;
}

export const imageMessages: Record<ProfileName, ImageMessages> = {
  current: {
    uppercaseRepo: (remoteName) => `invalid reference format: repository name (${remoteName}) must be lowercase`,
    pullAccessDenied: (repo) => `pull access denied for ${repo}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
    manifestUnknown: (ref) => `manifest for ${ref} not found: manifest unknown: manifest unknown`,
    pullPrintsFullRef: true,
    inspectLegacyFields: false,
  },
  classic: {
    uppercaseRepo: () => 'invalid reference format: repository name must be lowercase',
    pullAccessDenied: (repo) => `pull access denied for ${repo}, repository does not exist or may require 'docker login'`,
    manifestUnknown: (ref) => `manifest for ${ref} not found`,
    pullPrintsFullRef: false,
    inspectLegacyFields: true,
  },
};
