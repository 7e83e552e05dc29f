// RUN: a real build container on the step's base, its command run through the engine (the
// shell's script runner for `sh -c`), its output collected and its writable layer taken as the
// step's new layer. The container goes afterwards, except after a failure in the classic
// builder (as the daemon keeps it without --force-rm).
import type { Ctx } from '../ctx';
import { createContainer } from '../containers/createContainer';
import { deleteContainer } from '../containers/removeContainer';
import { startContainer } from '../containers/startContainer';
import { cloneNode } from '../fs/tree';
import { isSimError } from '../errors';
import { fakeSha256 } from '../hub/fakeSha256';
import { getContainerById } from '../tables/containerTable';
import type { FsDir } from '../fs/fsTypes';
import type { Image } from '../world';
import type { StepOutput } from './buildTypes';

export interface RunOutcome {
  containerId: string;
  exitCode: number;
  output: StepOutput[];
  /** The container's filesystem diff, when the command succeeded. */
  diff?: FsDir;
  /** Virtual ms the command takes. */
  durationMs: number;
  /** The daemon refused to start it (no /bin/sh on scratch …). */
  startError?: string;
}

/** Package installs take seconds; other commands a fraction of one. */
function estimateDuration(argv: string[], lines: number): number {
  const text = argv.join(' ');
  const heavy = /\b(pip3?|apt-get|apt|apk|npm|yarn|gem|go)\s+(install|add|ci|get|update|upgrade|build)\b/.test(text);
  return (heavy ? 3200 : 250) + lines * 40;
}

/**
 * Runs `argv` in a container of `base`. BuildKit has no intermediate images, so the caller may
 * pass a transient image record, registered only while the container runs.
 */
export function runInBuildContainer(ctx: Ctx, host: string, base: Image, argv: string[], env: string[], keepOnFailure: boolean): RunOutcome {
  const daemon = ctx.world.hosts[host].daemon;
  const transient = !daemon.images[base.id];
  if (transient) daemon.images[base.id] = base;
  try {
    const c = createContainer(ctx, host, {
      image: base.id,
      cmd: argv,
      entrypoint: '',
      env,
      workingDir: base.config.workingDir || undefined,
      user: base.config.user || undefined,
      tty: false,
      openStdin: false,
      publish: [],
      publishAll: false,
      volumes: [],
      autoRemove: false,
      labels: {},
      links: [],
      expose: [],
      networkAliases: [],
    });
    let startError: string | undefined;
    try {
      startContainer(ctx, host, c.id);
    } catch (e) {
      if (!isSimError(e)) throw e;
      startError = e.message;
    }
    const live = getContainerById(daemon, c.id)!;
    const output: StepOutput[] = live.logs.map((l) => ({ stream: l.stream, text: `${l.text}\n`, at: 0 }));
    // A command that is still running (a server, `sleep`) is taken as done: the build goes on.
    const exitCode = startError ? (live.state.exitCode || 127) : live.state.status === 'running' ? 0 : live.state.exitCode;
    const durationMs = estimateDuration(argv, output.length);
    output.forEach((o, i) => (o.at = Math.round(((i + 1) * durationMs) / (output.length + 1))));
    const diff = exitCode === 0 ? cloneNode(live.rw) : undefined;
    if (exitCode === 0 || !keepOnFailure || live.state.status === 'running') deleteContainer(ctx, host, live, true);
    return { containerId: c.id, exitCode, output, diff, durationMs, startError };
  } finally {
    if (transient) delete daemon.images[base.id];
  }
}

/** A transient image for a BuildKit step: the state so far under a throw-away id. */
export function transientImage(seed: string, fields: Pick<Image, 'layers' | 'config' | 'history' | 'os' | 'architecture'>): Image {
  return { id: fakeSha256(`buildkit-state:${seed}`), repoDigests: [], parent: '', created: 0, size: 0, ...fields };
}
