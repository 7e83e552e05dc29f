// The simulated Docker Hub's user repositories: what `docker push` uploaded, so that a
// `docker pull user/app` on any host of this world finds it. (Official images come from the
// static hub catalog, never from here.) Layer contents stay in world.layerStore or the catalog.
import type { Image } from './image';

export interface RegistryRepo {
  /** Tag → the manifest pushed under it. */
  tags: Record<string, RegistryManifest>;
  /** Layer digests uploaded to (or mounted into) this repository. */
  layers: Record<string, true>;
}

export interface RegistryManifest {
  /** `sha256:…` of the manifest: what push prints and pull shows as `Digest:`. */
  digest: string;
  /** Manifest bytes (push's `size:`). */
  size: number;
  /** The image as pushed (id, layers, config, history); pulls copy it. */
  image: Image;
}
