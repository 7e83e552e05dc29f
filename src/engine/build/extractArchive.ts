// ADD of a local archive: Docker unpacks a tar (plain or compressed, found by its content, not
// its name) at the destination. The tars a student can make here are `docker save`'s, so those
// unpack into the files `docker save` writes (the 18.03 layout in classic; the OCI layout with
// manifest.json and repositories since moby 25); any other file is copied as it is.
import type { FsDir, FsNode } from '../fs/fsTypes';
import { getLayerInfo } from '../images/layerInfo';
import { archivedImages } from '../images/imageArchive';
import { fakeSha256 } from '../hub/fakeSha256';
import type { ProfileName, World } from '../world';

type Tree = Record<string, FsNode>;

function file(data: string, mtime: number, size?: number): FsNode {
  return size === undefined ? { t: 'f', mode: 0o644, mtime, data } : { t: 'f', mode: 0o644, mtime, data, size };
}

function dir(mtime: number, c: Tree = {}): FsDir {
  return { t: 'd', mode: 0o755, mtime, c };
}

const hex = (digest: string) => digest.replace(/^sha256:/, '');

/** The files of a `docker save` archive, or undefined when `node` is not one. */
export function extractArchive(world: World, era: ProfileName, node: FsNode, mtime: number): FsDir | undefined {
  if (node.t !== 'f') return undefined;
  const images = archivedImages(node.data);
  if (!images) return undefined;
  const root = dir(mtime);
  const manifest: unknown[] = [];
  const repositories: Record<string, Record<string, string>> = {};
  const blobs = dir(mtime);
  for (const { image, tags } of images) {
    const diffIds = image.layers.map((d) => getLayerInfo(world, d).diffId);
    const config = JSON.stringify({ architecture: image.architecture, config: image.config, created: new Date(image.created).toISOString(), history: image.history.map((h) => ({ created: new Date(h.created).toISOString(), created_by: h.createdBy })), os: image.os, rootfs: { type: 'layers', diff_ids: diffIds } });
    let layerPaths: string[];
    let top = '';
    if (era === 'classic') {
      // One directory per layer, named by its v1 id, with VERSION, json and layer.tar.
      layerPaths = image.layers.map((d, i) => {
        const v1 = fakeSha256(`v1:${image.layers.slice(0, i + 1).join(',')}`);
        root.c[v1] = dir(mtime, { VERSION: file('1.0', mtime), json: file(`{"id":"${v1}"}`, mtime), 'layer.tar': file('', mtime, getLayerInfo(world, d).size) });
        top = v1;
        return `${v1}/layer.tar`;
      });
      root.c[`${image.id}.json`] = file(config, mtime);
    } else {
      layerPaths = image.layers.map((d, i) => {
        blobs.c[hex(diffIds[i])] = file('', mtime, getLayerInfo(world, d).size);
        return `blobs/sha256/${hex(diffIds[i])}`;
      });
      blobs.c[image.id] = file(config, mtime);
      top = image.id;
    }
    manifest.push({ Config: era === 'classic' ? `${image.id}.json` : `blobs/sha256/${image.id}`, RepoTags: tags.length ? tags : null, Layers: layerPaths });
    for (const t of tags) {
      const i = t.lastIndexOf(':');
      (repositories[t.slice(0, i)] ??= {})[t.slice(i + 1)] = top;
    }
  }
  if (era !== 'classic') {
    root.c.blobs = dir(mtime, { sha256: blobs });
    root.c['oci-layout'] = file('{"imageLayoutVersion": "1.0.0"}', mtime);
    root.c['index.json'] = file(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [] }), mtime);
  }
  root.c['manifest.json'] = file(`${JSON.stringify(manifest)}\n`, mtime);
  root.c.repositories = file(`${JSON.stringify(repositories)}\n`, mtime);
  return root;
}
