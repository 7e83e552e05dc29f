// Which mounts a new container gets: the -v requests as typed, then an anonymous volume for
// every image VOLUME that no request covers.
import type { Image } from '../world';
import { parseVolumeSpec, type VolumeRequest } from './parseSpecs';

export function requestedMounts(volumes: readonly string[]): VolumeRequest[] {
  return volumes.map(parseVolumeSpec);
}

export function imageVolumes(image: Image, requested: readonly VolumeRequest[]): VolumeRequest[] {
  return image.config.volumes
    .map((v) => (v.length > 1 ? v.replace(/\/+$/, '') : v))
    .filter((dest) => !requested.some((r) => r.destination === dest))
    .map((destination) => ({ type: 'volume' as const, source: '', destination, rw: true }));
}
