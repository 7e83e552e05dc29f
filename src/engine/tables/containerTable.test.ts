import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import type { Container, Daemon } from '../world';
import {
  containerIdsWithPrefix,
  countContainers,
  emptyContainerTable,
  getContainerById,
  listContainerRecords,
  listContainerSnapshots,
  putContainer,
  removeContainerRecord,
} from './containerTable';

const rec = (id: string, name: string) => ({ id, name }) as unknown as Container;
const table = (): Pick<Daemon, 'containers' | 'containerSeq'> => ({ containers: emptyContainerTable(), containerSeq: 0 });
const id = (head: string) => head.padEnd(64, '0');

describe('containerTable', () => {
  it('buckets by the first two hex digits and lists in insertion order', () => {
    const d = table();
    for (const [head, name] of [['ff1', 'a'], ['1a', 'b'], ['ff2', 'c'], ['10', 'd']]) putContainer(d, rec(id(head), name));
    expect(d.containers.flatMap((b, i) => (b ? [i] : []))).toEqual([0x10, 0x1a, 0xff]);
    expect(listContainerRecords(d).map((c) => c.name)).toEqual(['a', 'b', 'c', 'd']);
    expect(listContainerRecords(d).map((c) => c.seq)).toEqual([1, 2, 3, 4]);
    expect(countContainers(d)).toBe(4);
    expect(getContainerById(d, id('ff2'))?.name).toBe('c');
    expect(getContainerById(d, id('ff3'))).toBeUndefined();
    expect(getContainerById(d, 'constructor')).toBeUndefined();
    expect(getContainerById(d, 'ff')).toBeUndefined();
  });

  it('a replaced record keeps its place; a removed one takes its empty bucket with it', () => {
    const d = table();
    putContainer(d, rec(id('ab'), 'x'));
    putContainer(d, rec(id('cd'), 'y'));
    putContainer(d, rec(id('ab'), 'x2'));
    expect(listContainerRecords(d).map((c) => `${c.name}:${c.seq}`)).toEqual(['x2:1', 'y:2']);
    removeContainerRecord(d, id('ab'));
    removeContainerRecord(d, id('ee'));
    expect(d.containers[0xab]).toBeNull();
    expect(d.containers[0xcd]).toEqual({ [id('cd')]: { id: id('cd'), name: 'y', seq: 2 } });
  });

  it('finds ids by prefix, in one bucket for two digits or more', () => {
    const d = table();
    for (const head of ['a1', 'a2b', 'a2c', 'b0']) putContainer(d, rec(id(head), head));
    expect(containerIdsWithPrefix(d, 'a')).toEqual([id('a1'), id('a2b'), id('a2c')]);
    expect(containerIdsWithPrefix(d, 'a2c')).toEqual([id('a2c')]);
    expect(containerIdsWithPrefix(d, 'c')).toEqual([]);
    expect(containerIdsWithPrefix(d, '')).toEqual([id('a1'), id('a2b'), id('a2c'), id('b0')]);
  });

  it('inside a draft an insert copies only the touched bucket', () => {
    const base = table();
    putContainer(base, rec(id('aa'), 'p'));
    putContainer(base, rec(id('bb'), 'q'));
    const next = produce(base, (d) => {
      putContainer(d, rec(id('aa1'), 'r'));
      expect(listContainerSnapshots(d).map((c) => c.name)).toEqual(['p', 'q', 'r']);
    });
    expect(next.containers[0xbb]).toBe(base.containers[0xbb]);
    expect(next.containers[0xaa]).not.toBe(base.containers[0xaa]);
    expect(next.containerSeq).toBe(3);
  });
});
