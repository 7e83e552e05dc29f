// Resource numbers for `docker stats` and `docker top`: a deterministic CPU share per program
// (idle servers sip, busy loops burn) and each process's resident memory.
import { listContainerProcesses } from '../kernel/processes';
import type { Container, Process, World } from '../world';

const PROGRAM_CPU: Record<string, number> = {
  sleep: 0,
  sh: 0,
  bash: 0,
  hello: 0,
  nginx: 0.01,
  postgres: 0.05,
  'docker-entrypoint.sh': 0.05,
  redis: 0.12,
  'redis-server': 0.12,
  mongod: 0.4,
  python: 0.02,
  python3: 0.02,
  yes: 99.8,
};

export function processCpuPercent(p: Process): number {
  return PROGRAM_CPU[p.program ?? ''] ?? 0;
}

export function containerProcesses(world: World, hostName: string, c: Container): Process[] {
  return listContainerProcesses(world.hosts[hostName].kernel, c.id);
}

export interface ContainerStats {
  cpuPercent: number;
  memUsage: number;
  memLimit: number;
  pids: number;
}

/** Totals over the container's live processes; memLimit is the cgroup's or the host's RAM. */
export function containerStats(world: World, hostName: string, c: Container, hostMemory: number): ContainerStats {
  const procs = c.state.status === 'running' || c.state.status === 'paused' ? containerProcesses(world, hostName, c) : [];
  const paused = c.state.status === 'paused';
  return {
    cpuPercent: paused ? 0 : procs.reduce((sum, p) => sum + processCpuPercent(p), 0),
    memUsage: procs.reduce((sum, p) => sum + p.rss, 0),
    memLimit: c.hostConfig.memory || hostMemory,
    pids: procs.length,
  };
}
