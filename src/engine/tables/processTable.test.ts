import { describe, expect, it } from 'vitest';
import type { Kernel, Process } from '../world';
import { countProcesses, getProcess, listProcesses, putProcess, removeProcess } from './processTable';

const proc = (pid: number) => ({ pid }) as unknown as Process;

describe('processTable', () => {
  it('buckets 256 pids each and lists in pid order', () => {
    const k: Pick<Kernel, 'processes'> = { processes: [] };
    for (const pid of [700, 1, 300, 255, 256]) putProcess(k, proc(pid));
    expect(k.processes.map((b) => (b ? b.filter(Boolean).length : null))).toEqual([2, 2, 1]);
    expect(listProcesses(k).map((p) => p.pid)).toEqual([1, 255, 256, 300, 700]);
    expect(countProcesses(k)).toBe(5);
    expect(getProcess(k, 300)?.pid).toBe(300);
    expect(getProcess(k, 301)).toBeUndefined();
    expect(getProcess(k, 5000)).toBeUndefined();
    removeProcess(k, 700);
    removeProcess(k, 999);
    expect(k.processes[2]).toBeNull();
    expect(listProcesses(k).map((p) => p.pid)).toEqual([1, 255, 256, 300]);
  });
});
