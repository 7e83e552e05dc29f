// Test helpers: a fresh world, a line runner that returns stdout/stderr/exit code, and a
// container with a hand-built image so that container frames can be tested without the
// image catalog.
import { createWorld } from '../../engine/createWorld';
import type { FsDir } from '../../engine/fs/fsTypes';
import type { Container, Frame, World } from '../../engine/world';
import { advance, jobEndsAt, runLine, type LineOutcome } from '../index';
import { PULL_JOB } from '../jobs/dockerJobs/pullJob';
import { registerContainerName } from '../../engine/containers/containerNames';
import { fakeContainer } from '../../engine/programs/fakeProgramApi';
import { putContainer } from '../../engine/tables/containerTable';

export interface Typed {
  world: World;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved as the terminal shows them. */
  all: string;
  exitCode: number;
  prompt: string;
  running: boolean;
}

/**
 * runLine, then wait for a pull the line started as a student does (the pull plays out as a job;
 * tests of that job drive it with advance()). The outputs are joined, redraw frames left out.
 */
export function runLineThroughPull(world: World, line: string, tid = 't1'): LineOutcome {
  let r = runLine(world, tid, line);
  const output = [...r.output];
  while (r.running && r.world.terminals[tid]?.job?.kind === PULL_JOB) {
    r = advance(r.world, tid, Math.max(0, (jobEndsAt(r.world, tid) ?? r.world.now) - r.world.now));
    output.push(...r.output);
  }
  return { ...r, output: output.filter((c) => !c.transient) };
}

/** A line's (or a tick's) outcome as the tests read it: each stream alone and both interleaved. */
function typed(r: LineOutcome): Typed {
  return {
    world: r.world,
    stdout: r.output.filter((c) => c.stream === 'stdout').map((c) => c.text).join(''),
    stderr: r.output.filter((c) => c.stream === 'stderr').map((c) => c.text).join(''),
    all: r.output.map((c) => c.text).join(''),
    exitCode: r.exitCode,
    prompt: r.prompt,
    running: r.running,
  };
}

export function type(world: World, line: string, tid = 't1'): Typed {
  return typed(runLineThroughPull(world, line, tid));
}

/** Types several lines; returns the last result (with the final world). */
export function typeAll(world: World, lines: string[]): Typed {
  let r: Typed | undefined;
  let w = world;
  for (const l of lines) {
    r = type(w, l);
    w = r.world;
  }
  return r!;
}

export function tickBy(world: World, ms: number): Typed {
  return typed(advance(world, 't1', ms));
}

/** Adds a running container whose image has the given layers (bottom first), and returns its id. */
export function addContainer(world: World, opts: { id: string; hostname: string; layers: Record<string, FsDir>; pid?: number }): Container {
  const host = world.hosts.default;
  for (const [digest, files] of Object.entries(opts.layers)) {
    world.layerStore[digest] = { digest, diffId: digest, size: 0, files, createdBy: 'test' };
  }
  const imageId = 'f'.repeat(64);
  host.daemon.images[imageId] = {
    id: imageId,
    repoDigests: [],
    parent: '',
    created: world.now,
    layers: Object.keys(opts.layers),
    size: 0,
    config: { cmd: ['sh'], entrypoint: null, env: [], workingDir: '', exposedPorts: [], user: '', labels: {}, volumes: [] },
    history: [],
    os: 'linux',
    architecture: 'amd64',
  };
  const c = fakeContainer({ id: opts.id, name: 'test', imageRef: 'test', imageId, created: world.now, path: 'sh', rw: { t: 'd', mode: 0o755, mtime: world.now, c: {} } });
  // An interactive shell (`run -it … sh`) with no restart policy set at all.
  c.config = { ...c.config, hostname: opts.hostname, cmd: ['sh'], tty: true, openStdin: true, attachStdin: true };
  c.hostConfig = { ...c.hostConfig, restartPolicy: { name: '', maximumRetryCount: 0 } };
  c.state = { ...c.state, pid: opts.pid ?? 0, startedAt: world.now };
  putContainer(host.daemon, c);
  registerContainerName(host.daemon, c.name, c.id);
  return c;
}

export function containerFrame(c: Container, program: string, extra: Partial<Frame> = {}): Frame {
  return { kind: 'container', program, containerId: c.id, user: 'root', cwd: '/', env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOME: '/root', HOSTNAME: c.config.hostname }, lastExit: 0, ...extra };
}

export function freshWorld(): World {
  return createWorld({ profile: 'classic' });
}
