// A kernel's process records, in buckets of 256 pids (`pid >> 8`). Inside an immer draft,
// adding one process copies only its bucket and the small root, not the whole table. Every read
// and write of `kernel.processes` goes through here. Numeric keys keep listings in pid order.
import { snapshot } from '../snapshot';
import type { Kernel, Process } from '../world';

type Table = Pick<Kernel, 'processes'>;

export function processBucketKey(pid: number): number {
  return pid >> 8;
}

export function getProcess(kernel: Table, pid: number): Process | undefined {
  const bucket = kernel.processes[processBucketKey(pid)];
  return bucket && Object.prototype.hasOwnProperty.call(bucket, pid) ? bucket[pid] : undefined;
}

export function putProcess(kernel: Table, p: Process): void {
  const key = processBucketKey(p.pid);
  if (!kernel.processes[key]) kernel.processes[key] = {};
  kernel.processes[key][p.pid] = p;
}

export function removeProcess(kernel: Table, pid: number): void {
  const key = processBucketKey(pid);
  const bucket = kernel.processes[key];
  if (!bucket || !Object.prototype.hasOwnProperty.call(bucket, pid)) return;
  delete bucket[pid];
  if (Object.keys(bucket).length === 0) delete kernel.processes[key];
}

/** Every process, ascending pid. Drafts inside a draft; for a read-only scan use listProcessSnapshots. */
export function listProcesses(kernel: Table): Process[] {
  const out: Process[] = [];
  for (const bucket of Object.values(kernel.processes)) for (const p of Object.values(bucket)) out.push(p);
  return out;
}

/** Every process, ascending pid, read only (plain values even inside a draft). */
export function listProcessSnapshots(kernel: Table): Process[] {
  return listProcesses({ processes: snapshot(kernel.processes) });
}

export function countProcesses(kernel: Table): number {
  let n = 0;
  for (const bucket of Object.values(kernel.processes)) n += Object.keys(bucket).length;
  return n;
}
