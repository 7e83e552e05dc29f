// `docker stats` rows: docker/cli's statsContext fields over the engine's resource numbers.
import type { Profile } from '../../../engine/profile';
import { containerStats } from '../../../engine/queries';
import type { Container, World } from '../../../engine/world';
import { bytesSize, humanSize } from '../../format/units';

export const defaultStatsFormat = 'table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}';

export const statsHeaders: Record<string, string> = {
  Container: 'CONTAINER',
  Name: 'NAME',
  ID: 'CONTAINER ID',
  CPUPerc: 'CPU %',
  MemUsage: 'MEM USAGE / LIMIT',
  MemPerc: 'MEM %',
  NetIO: 'NET I/O',
  BlockIO: 'BLOCK I/O',
  PIDs: 'PIDS',
};

export interface StatsRow {
  Container: string;
  Name: string;
  ID: string;
  CPUPerc: string;
  MemUsage: string;
  MemPerc: string;
  NetIO: string;
  BlockIO: string;
  PIDs: string;
}

function percent(v: number): string {
  return `${v.toFixed(2)}%`;
}

/** `typed` is the argument that named the container (its ID when listing all). */
export function statsRow(world: World, host: string, c: Container, typed: string, opts: { trunc: boolean; profile: Profile }): StatsRow {
  const live = c.state.status === 'running' || c.state.status === 'paused';
  const s = containerStats(world, host, c, opts.profile.containerCli.hostMemory);
  const limit = live ? s.memLimit : 0;
  return {
    Container: typed,
    Name: c.name,
    ID: opts.trunc ? c.id.slice(0, 12) : c.id,
    CPUPerc: percent(s.cpuPercent),
    MemUsage: `${bytesSize(s.memUsage)} / ${bytesSize(limit)}`,
    MemPerc: percent(limit > 0 ? (s.memUsage / limit) * 100 : 0),
    NetIO: `${humanSize(0)} / ${humanSize(0)}`,
    BlockIO: `${humanSize(0)} / ${humanSize(0)}`,
    PIDs: String(s.pids),
  };
}
