// A kernel's process records, in buckets of 256 pids: `processes[pid >> 8][pid & 255]`, arrays
// with null in free slots. Inside an immer draft, adding a process copies only its bucket and the
// short root list; arrays because V8 copies them as a block, where objects with integer keys as
// sparse as pids are copied key by key. Every read and write of `kernel.processes` goes through here.
import { snapshot } from '../snapshot';
import type { Kernel, Process } from '../world';

type Table = Pick<Kernel, 'processes'>;

export const PROCESS_BUCKET = 256;

export function getProcess(kernel: Table, pid: number): Process | undefined {
  if (!Number.isInteger(pid) || pid < 0) return undefined;
  return kernel.processes[pid >> 8]?.[pid & 255] ?? undefined;
}

export function putProcess(kernel: Table, p: Process): void {
  const key = p.pid >> 8;
  while (kernel.processes.length <= key) kernel.processes.push(null);
  if (!kernel.processes[key]) kernel.processes[key] = new Array<Process | null>(PROCESS_BUCKET).fill(null);
  kernel.processes[key]![p.pid & 255] = p;
}

export function removeProcess(kernel: Table, pid: number): void {
  const bucket = getProcess(kernel, pid) ? kernel.processes[pid >> 8] : undefined;
  if (!bucket) return;
  bucket[pid & 255] = null;
  if (snapshot(bucket).every((p) => p === null)) kernel.processes[pid >> 8] = null;
}

/** Every process, ascending pid. Drafts inside a draft; for a read-only scan use listProcessSnapshots. */
export function listProcesses(kernel: Table): Process[] {
  const out: Process[] = [];
  for (const bucket of kernel.processes) if (bucket) for (const p of bucket) if (p) out.push(p);
  return out;
}

/** Every process, ascending pid, read only (plain values even inside a draft). */
export function listProcessSnapshots(kernel: Table): Process[] {
  return listProcesses({ processes: snapshot(kernel.processes) });
}

export function countProcesses(kernel: Table): number {
  return listProcessSnapshots(kernel).length;
}
