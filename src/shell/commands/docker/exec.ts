import { execInContainer } from '../../../engine/containers/execInContainer';
import { findContainer } from '../../../engine/containers/findContainer';
import { isSimError } from '../../../engine/errors';
import { reapProcess } from '../../../engine/kernel/processes';
import type { Process } from '../../../engine/world';
import { EXEC_JOB, type ExecJobData } from '../../jobs/dockerJobs/execJob';
import { flushFrom } from '../../jobs/dockerJobs/streamLogs';
import type { FlagValue } from '../../cli/flagTypes';
import type { DockerSubcommand } from './subcommand';
import { containerFrame } from './containerFrame';
import { interactiveProgram } from './attachContainer';
import { reportDaemonError, reportNotFound } from './errors';
import { getFrameEntry } from '../../frames/frameEntry';

function str(v: FlagValue | undefined): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export const execCommand: DockerSubcommand = {
  spec: {
    path: 'docker container exec',
    usage: '[OPTIONS] CONTAINER COMMAND [ARG...]',
    description: 'Execute a command in a running container',
    classicDescription: 'Run a command in a running container',
    aliases: ['docker exec'],
    stopAtFirstPositional: true,
    args: { min: 2 },
    flags: [
      { long: 'detach', short: 'd', kind: 'bool', description: 'Detached mode: run command in the background' },
      { long: 'detach-keys', kind: 'string', valueName: 'string', description: 'Override the key sequence for detaching a container' },
      { long: 'env', short: 'e', kind: 'stringArray', valueName: 'list', description: 'Set environment variables' },
      { long: 'interactive', short: 'i', kind: 'bool', description: 'Keep STDIN open even if not attached' },
      { long: 'privileged', kind: 'bool', description: 'Give extended privileges to the command' },
      { long: 'tty', short: 't', kind: 'bool', description: 'Allocate a pseudo-TTY' },
      { long: 'user', short: 'u', kind: 'string', valueName: 'string', description: 'Username or UID (format: "<name|uid>[:<group|gid>]")' },
      { long: 'workdir', short: 'w', kind: 'string', valueName: 'string', description: 'Working directory inside the container' },
    ],
  },
  run(cx, args) {
    const [ref, ...argv] = args.positionals;
    const f = args.flags;
    const tty = f.tty === true;
    const interactive = f.interactive === true;
    const detach = f.detach === true;
    const env = Array.isArray(f.env) ? f.env : [];
    const user = str(f.user);
    const workdir = str(f.workdir);
    // The CLI inspects the container first so that "not found" wins (18.03's client words it itself).
    try {
      findContainer(cx.ctx.world, cx.host, ref);
    } catch (e) {
      return reportNotFound(cx, 'container', ref, e);
    }
    let p: Process;
    try {
      p = execInContainer(cx.ctx, cx.host, ref, argv, { user, env, workdir, tty, interactive, detach });
    } catch (e) {
      // A process that could not start is reported by the runtime through the exec stream, bare.
      if (isSimError(e) && e.exitStatus !== undefined) {
        cx.err(`${e.message}\n`);
        return e.exitStatus;
      }
      return reportDaemonError(cx, e);
    }
    if (detach) return 0;
    const cursor = flushFrom(cx, p.output ?? [], 0, tty);
    if (p.exitCode !== undefined) {
      const code = p.exitCode;
      reapProcess(cx.ctx, cx.host, p.pid);
      return code;
    }
    const c = findContainer(cx.ctx.world, cx.host, ref);
    const program = tty && interactive ? interactiveProgram(cx, c, p.pid) : undefined;
    if (program) {
      const frame = containerFrame(c, { program, pid: p.pid, isMain: false, user, cwd: workdir, env, tty });
      const enter = getFrameEntry(program);
      if (enter) return enter(cx, frame, argv.slice(1));
      cx.pushFrame(frame);
      return 0;
    }
    const data: ExecJobData = { pid: p.pid, cursor, tty };
    cx.startJob({ kind: EXEC_JOB, startedAt: cx.ctx.world.now, data });
    return 0;
  },
};
