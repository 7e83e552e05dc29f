// The shell level a terminal enters when it attaches to a container's interactive program:
// `docker run -it ubuntu` (the main process) or `docker exec -it c sh` (an exec'd process).
import { processEnv } from '../../../engine/containers/processEnv';
import type { Container, Frame } from '../../../engine/world';

export interface FrameOptions {
  program: string;
  pid: number;
  isMain: boolean;
  user?: string;
  cwd?: string;
  env?: string[];
  tty?: boolean;
}

export function containerFrame(c: Container, opts: FrameOptions): Frame {
  return {
    kind: 'container',
    program: opts.program,
    containerId: c.id,
    pid: opts.pid,
    isMain: opts.isMain,
    user: opts.user || c.config.user || 'root',
    cwd: opts.cwd || c.config.workingDir || '/',
    env: processEnv(c, opts.env ?? [], opts.tty ?? c.config.tty),
    lastExit: 0,
  };
}
