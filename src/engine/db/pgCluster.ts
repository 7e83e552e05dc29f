// A postgres data directory as the simulator keeps it: one JSON file inside PGDATA holding the
// cluster's catalog (databases, roles) and the log of every SQL statement run against it. The log
// is the source of truth for the real PostgreSQL behind it (PGlite): replaying it rebuilds the
// same data after a reload, a share link or an undo. Because it is a file in the data directory,
// it lives where the data lives: in the container's writable layer (kept by stop/start, lost by
// rm) or in the volume mounted on PGDATA (kept across rm and reused by a new container).
import type { Ctx } from '../ctx';
import { envToRecord } from '../containers/processEnv';
import { makeDir, makeFile, getChild, setChild } from '../fs/tree';
import type { FsDir } from '../fs/fsTypes';
import { containerVfs } from '../fs/containerVfs';
import { splitPath } from '../fs/path';
import { randomHex } from '../ids';
import { programOutputs } from '../profile/programOutput';
import { getContainerById } from '../tables/containerTable';
import type { Container, World } from '../world';

export const CLUSTER_FILE = 'global/pathshala_cluster.json';

export interface PgRole {
  name: string;
  superuser: boolean;
  /** Plain text: the simulator only compares it (real servers keep an md5/SCRAM hash). */
  password?: string;
}

export interface PgDatabase {
  name: string;
  owner: string;
}

export interface PgLogEntry {
  db: string;
  /** A statement sent to the server, or a dropped database whose namespace the driver must clear. */
  sql?: string;
  dropDatabase?: true;
}

export interface PgCluster {
  /** 12 hex: this data directory's namespace in the shared PGlite instance. */
  dataset: string;
  /** Server major version that ran initdb. */
  major: number;
  initializedAt: number;
  databases: PgDatabase[];
  roles: PgRole[];
  log: PgLogEntry[];
}

/** The data directory of a postgres container: PGDATA from its environment, else the image's. */
export function pgDataDir(world: World, c: Container): string {
  return envToRecord(c.config.env).PGDATA || programOutputs[world.profile].postgres.pgdata;
}

function volumeTree(world: World, hostName: string, c: Container, dataDir: string): { files: FsDir; rel: string[] } | undefined {
  const daemon = world.hosts[hostName].daemon;
  const parts = splitPath(dataDir);
  let best: { files: FsDir; rel: string[]; depth: number } | undefined;
  for (const m of c.mounts) {
    if (m.type !== 'volume' || !m.name) continue;
    const dest = splitPath(m.destination);
    if (dest.length > parts.length || dest.some((p, i) => parts[i] !== p)) continue;
    const vol = daemon.volumes[m.name];
    if (vol && (!best || dest.length > best.depth)) best = { files: vol.files, rel: parts.slice(dest.length), depth: dest.length };
  }
  return best && { files: best.files, rel: best.rel };
}

function readTree(dir: FsDir, path: string[]): string | undefined {
  let node: FsDir = dir;
  for (let i = 0; i < path.length - 1; i++) {
    const next = getChild(node, path[i]);
    if (!next || next.t !== 'd') return undefined;
    node = next;
  }
  const file = getChild(node, path[path.length - 1]);
  return file && file.t === 'f' ? file.data : undefined;
}

function writeTree(dir: FsDir, path: string[], data: string, now: number): void {
  let node = dir;
  for (let i = 0; i < path.length - 1; i++) {
    let next = getChild(node, path[i]);
    if (!next || next.t !== 'd') {
      next = makeDir(now, {}, 0o700);
      setChild(node, path[i], next);
    }
    node = next;
  }
  setChild(node, path[path.length - 1], makeFile(now, data, 0o600));
}

/** The cluster behind a postgres container's data directory, or undefined before initdb wrote it. */
export function readCluster(world: World, hostName: string, containerId: string): PgCluster | undefined {
  const c = getContainerById(world.hosts[hostName].daemon, containerId);
  if (!c) return undefined;
  const dataDir = pgDataDir(world, c);
  const file = `${dataDir}/${CLUSTER_FILE}`;
  const vol = volumeTree(world, hostName, c, dataDir);
  let text: string | undefined;
  if (vol) text = readTree(vol.files, [...vol.rel, ...splitPath(CLUSTER_FILE)]);
  else {
    try {
      text = containerVfs(world, hostName, containerId).readFile(file);
    } catch {
      text = undefined;
    }
  }
  return text === undefined ? undefined : (JSON.parse(text) as PgCluster);
}

export function writeCluster(ctx: Ctx, hostName: string, containerId: string, cluster: PgCluster): void {
  const world = ctx.world;
  const c = getContainerById(world.hosts[hostName].daemon, containerId)!;
  const dataDir = pgDataDir(world, c);
  const text = JSON.stringify(cluster);
  const vol = volumeTree(world, hostName, c, dataDir);
  if (vol) {
    writeTree(vol.files, [...vol.rel, ...splitPath(CLUSTER_FILE)], text, world.now);
    return;
  }
  const vfs = containerVfs(world, hostName, containerId);
  vfs.mkdir(`${dataDir}/global`, { parents: true });
  vfs.writeFile(`${dataDir}/${CLUSTER_FILE}`, text);
}

/**
 * The cluster initdb made, written the first time anything connects: the superuser (POSTGRES_USER,
 * default postgres) with POSTGRES_PASSWORD, the databases postgres, template0, template1 and
 * POSTGRES_DB when it names another one — as the image's docker-entrypoint.sh sets them up.
 */
export function ensureCluster(ctx: Ctx, hostName: string, containerId: string): PgCluster {
  const found = readCluster(ctx.world, hostName, containerId);
  if (found) return found;
  const c = getContainerById(ctx.world.hosts[hostName].daemon, containerId)!;
  const env = envToRecord(c.config.env);
  const user = env.POSTGRES_USER || 'postgres';
  const db = env.POSTGRES_DB || user;
  const version = programOutputs[ctx.world.profile].postgres.version;
  const databases: PgDatabase[] = [{ name: 'postgres', owner: user }];
  if (db !== 'postgres') databases.push({ name: db, owner: user });
  databases.push({ name: 'template0', owner: user }, { name: 'template1', owner: user });
  const cluster: PgCluster = {
    dataset: randomHex(ctx.world, 12),
    major: Number(version.split('.')[0]),
    initializedAt: c.state.startedAt || ctx.world.now,
    databases,
    roles: [{ name: user, superuser: true, ...(env.POSTGRES_PASSWORD ? { password: env.POSTGRES_PASSWORD } : {}) }],
    log: [],
  };
  writeCluster(ctx, hostName, containerId, cluster);
  return cluster;
}
