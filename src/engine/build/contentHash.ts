// A content checksum of files (names, types, modes and bytes; never mtimes), as the builders key
// COPY/ADD by what is copied rather than when it changed. fakeSha256 is a mixing hash, not
// SHA-256: only the 64-hex shape and its determinism matter here.
import { fakeSha256 } from '../hub/fakeSha256';
import type { FsNode } from '../fs/fsTypes';
import { byteCompare } from '../fs/layeredVfs';

function describe(node: FsNode, out: string[], path: string): void {
  switch (node.t) {
    case 'd':
      out.push(`d ${path} ${node.mode.toString(8)}`);
      for (const name of Object.keys(node.c).sort(byteCompare)) describe(node.c[name], out, `${path}/${name}`);
      return;
    case 'f':
      out.push(`f ${path} ${node.mode.toString(8)} ${node.size ?? ''} ${node.data}`);
      return;
    case 'l':
      out.push(`l ${path} ${node.target}`);
      return;
    default:
      out.push(`w ${path}`);
  }
}

export function contentHash(node: FsNode): string {
  const parts: string[] = [];
  describe(node, parts, '');
  return fakeSha256(parts.join('\n'));
}
