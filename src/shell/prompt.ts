// Prompts: bash on the host `docker@default:~$ `, bash in a container `root@4d5b9c2a1f3e:/app# `,
// busybox ash `/app # `, dash `# `, and `> ` while a command continues on the next line.
import type { Frame, World } from '../engine/world';
import { getContainerById } from '../engine/tables/containerTable';

export const CONTINUATION_PROMPT = '> ';

function tildePath(cwd: string, home: string | undefined): string {
  if (!home || home === '/') return cwd;
  if (cwd === home) return '~';
  if (cwd.startsWith(home + '/')) return '~' + cwd.slice(home.length);
  return cwd;
}

function containerHostname(world: World, containerId: string): string {
  for (const host of Object.values(world.hosts)) {
    const c = getContainerById(host.daemon, containerId);
    if (c) return c.config.hostname;
  }
  return containerId.slice(0, 12);
}

function hostOfFrame(world: World, frame: Frame): string {
  if (frame.host !== undefined) return frame.host;
  for (const t of Object.values(world.terminals)) if (t.frames.includes(frame)) return t.host;
  return Object.keys(world.hosts)[0] ?? 'localhost';
}

export function shellPrompt(world: World, frame: Frame, hostName?: string): string {
  const state = frame.state as { pending?: string } | undefined;
  if (state?.pending !== undefined) return CONTINUATION_PROMPT;
  const sign = frame.user === 'root' ? '#' : '$';
  const cwd = tildePath(frame.cwd, frame.env.HOME);
  if (frame.kind === 'host') return `${frame.user}@${hostName ?? hostOfFrame(world, frame)}:${cwd}${sign} `;
  const hostname = frame.containerId ? containerHostname(world, frame.containerId) : 'localhost';
  if (frame.program === 'bash') return `${frame.user}@${hostname}:${cwd}${sign} `;
  return isBusyboxFrame(world, frame) ? `${cwd} ${sign} ` : `${sign} `;
}

/** Set by the shell core: whether a container frame is a busybox one (decided from its filesystem). */
let busyboxProbe: (world: World, frame: Frame) => boolean = () => true;

export function setBusyboxProbe(probe: (world: World, frame: Frame) => boolean): void {
  busyboxProbe = probe;
}

function isBusyboxFrame(world: World, frame: Frame): boolean {
  return busyboxProbe(world, frame);
}
