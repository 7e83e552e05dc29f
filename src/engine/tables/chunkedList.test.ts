import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { appendToChunks, CHUNK, flattenChunks, lastInChunks, removeFromChunks } from './chunkedList';

describe('chunkedList', () => {
  it('appends into chunks of CHUNK entries and flattens in order', () => {
    const chunks: number[][] = [];
    expect(lastInChunks(chunks)).toBeUndefined();
    appendToChunks(chunks, Array.from({ length: CHUNK + 2 }, (_, i) => i));
    expect(chunks.map((c) => c.length)).toEqual([CHUNK, 2]);
    expect(lastInChunks(chunks)).toBe(CHUNK + 1);
    expect(flattenChunks(chunks)).toEqual(Array.from({ length: CHUNK + 2 }, (_, i) => i));
  });

  it('removes entries, dropping chunks left empty, and inside a draft replaces only touched chunks', () => {
    const base: number[][] = [];
    appendToChunks(base, Array.from({ length: CHUNK + 2 }, (_, i) => i));
    const next = produce(base, (d) => {
      removeFromChunks(d, (n) => n >= CHUNK);
      appendToChunks(d, [1000]);
    });
    expect(next.map((c) => c.length)).toEqual([CHUNK, 1]);
    expect(next[0]).toBe(base[0]);
    expect(lastInChunks(next)).toBe(1000);
    const emptied = produce(next, (d) => removeFromChunks(d, (n) => n === 1000 || n < 3));
    expect(emptied.length).toBe(1);
    expect(flattenChunks(emptied).slice(0, 2)).toEqual([3, 4]);
  });
});
