// A long list kept as chunks of at most CHUNK entries, in order. Inside an immer draft, appending
// copies the last chunk and the short list of chunks, not every entry (one flat list of 50,000
// namespaces cost a copy and an immer walk of all of them on every `docker run`). No chunk is
// ever empty, so the last entry is the last chunk's last.
import { snapshot } from '../snapshot';

export const CHUNK = 256;

/** Every entry, in order. */
export function flattenChunks<T>(chunks: readonly (readonly T[])[]): T[] {
  return ([] as T[]).concat(...snapshot(chunks));
}

export function lastInChunks<T>(chunks: readonly (readonly T[])[]): T | undefined {
  const last = chunks[chunks.length - 1];
  return last ? last[last.length - 1] : undefined;
}

export function appendToChunks<T>(chunks: T[][], items: readonly T[]): void {
  for (const item of items) {
    const last = chunks[chunks.length - 1];
    if (last && last.length < CHUNK) last.push(item);
    else chunks.push([item]);
  }
}

/** Drops the entries `gone` picks; only the chunks that held one are replaced. */
export function removeFromChunks<T>(chunks: T[][], gone: (entry: T) => boolean): void {
  const plain = snapshot(chunks);
  for (let i = plain.length - 1; i >= 0; i--) {
    if (!plain[i].some(gone)) continue;
    const kept = plain[i].filter((e) => !gone(e));
    if (kept.length > 0) chunks[i] = kept;
    else chunks.splice(i, 1);
  }
}

/** Where entry `index` of the whole list is: chunk and position (the end counts as the last chunk's end). */
function locate(chunks: readonly (readonly unknown[])[], index: number): [number, number] {
  let i = 0;
  let at = index;
  while (i < chunks.length - 1 && at >= chunks[i].length) {
    at -= chunks[i].length;
    i++;
  }
  return [i, at];
}

/** Inserts `item` as entry `index` of the whole list; a chunk grown past CHUNK is split in two. */
export function insertIntoChunks<T>(chunks: T[][], index: number, item: T): void {
  const plain = snapshot(chunks);
  if (plain.length === 0) {
    chunks.push([item]);
    return;
  }
  const [i, at] = locate(plain, index);
  const next = plain[i].slice();
  next.splice(at, 0, item);
  if (next.length > CHUNK) chunks.splice(i, 1, next.slice(0, next.length >> 1), next.slice(next.length >> 1));
  else chunks[i] = next;
}

/** Removes entry `index` of the whole list. */
export function removeAtChunks<T>(chunks: T[][], index: number): void {
  const plain = snapshot(chunks);
  const [i, at] = locate(plain, index);
  if (!plain[i] || at >= plain[i].length) return;
  if (plain[i].length === 1) chunks.splice(i, 1);
  else chunks[i] = [...plain[i].slice(0, at), ...plain[i].slice(at + 1)];
}
