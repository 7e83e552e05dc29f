// Bytes held in a filesystem tree: the sum of its files and links (what `ps -s` and volume sizes count).
import type { FsNode } from '../fs/fsTypes';
import { utf8Length } from '../fs/tree';

export function treeBytes(node: FsNode): number {
  switch (node.t) {
    case 'f':
      return node.size ?? utf8Length(node.data);
    case 'l':
      return node.target.length;
    case 'd':
      return Object.values(node.c).reduce((sum, child) => sum + treeBytes(child), 0);
    default:
      return 0;
  }
}
