import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { appendToChunks, CHUNK, flattenChunks, insertIntoChunks, lastInChunks, removeAtChunks, removeFromChunks } from './chunkedList';

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

  it('inserts and removes by index over the whole list, splitting a chunk that grows past CHUNK', () => {
    const chunks: number[][] = [];
    insertIntoChunks(chunks, 0, 10);
    insertIntoChunks(chunks, 0, 5);
    insertIntoChunks(chunks, 2, 20);
    expect(chunks).toEqual([[5, 10, 20]]);
    const big: number[][] = [];
    for (let i = 0; i < CHUNK; i++) insertIntoChunks(big, i, i * 2);
    insertIntoChunks(big, 1, 1);
    expect(big.map((c) => c.length)).toEqual([(CHUNK + 1) >> 1, (CHUNK + 2) >> 1]);
    expect(flattenChunks(big).slice(0, 4)).toEqual([0, 1, 2, 4]);
    removeAtChunks(big, 1);
    removeAtChunks(big, 10_000);
    expect(flattenChunks(big)).toEqual(Array.from({ length: CHUNK }, (_, i) => i * 2));
    removeAtChunks(chunks, 0);
    removeAtChunks(chunks, 0);
    removeAtChunks(chunks, 0);
    expect(chunks).toEqual([]);
  });
});
