// The side that calls programs: builds a ProgramApi for one process and runs its hooks (start,
// tick, signal, http). A process whose argv[0] has a registered behaviour runs it; otherwise a
// registered script runner runs utilities and `sh -c` scripts; otherwise the process idles until
// it is signalled. A hook's exit() is applied after the hook returns, so hooks never see a
// half-removed container.
import type { Ctx } from '../ctx';
import { containerVfs } from '../fs/containerVfs';
import { basename } from '../fs/path';
import { exitProcess, SIGNAL_NUMBERS } from '../kernel/processes';
import { emitRoute, routeTo } from '../network/reach';
import { nextInt } from '../prng';
import { getProgram } from '../programs/registry';
import type { HttpRequest, HttpResponse, ProgramApi, ProgramDef, Signal } from '../programs/programTypes';
import { getScriptRunner } from '../programs/scriptRunner';
import type { Container, Process } from '../world';
import { appendOutput } from './containerLogs';
import { containerProcessExited, endExecProcess } from './processExit';
import { processEnv } from './processEnv';
import { getRuntime } from './processRuntime';
import { getContainerById } from '../tables/containerTable';
import { getProcess } from '../tables/processTable';

interface HookResult {
  exitCode?: number;
  /** The program exec'd this argv (ProgramApi.execve): started once the hook returns. */
  exec?: string[];
}

function lookup(ctx: Ctx, hostName: string, pid: number): { proc: Process; c: Container } | undefined {
  const host = ctx.world.hosts[hostName];
  const proc = getProcess(host?.kernel, pid);
  if (!proc || proc.exitCode !== undefined || !proc.containerId) return undefined;
  const c = getContainerById(host.daemon, proc.containerId);
  return c ? { proc, c } : undefined;
}

function isMain(c: Container, proc: Process): boolean {
  return c.state.pid === proc.pid;
}

function buildApi(ctx: Ctx, hostName: string, proc: Process, c: Container, result: HookResult): ProgramApi {
  const { world } = ctx;
  const host = world.hosts[hostName];
  const runtime = getRuntime(proc);
  const write = (stream: 'stdout' | 'stderr', text: string) => {
    if (result.exitCode !== undefined) return;
    if (isMain(c, proc)) appendOutput(c, 'logs', stream, text, world.now);
    else appendOutput(proc, 'output', stream, text, world.now);
  };
  return {
    now: world.now,
    profile: world.profile,
    world,
    host: hostName,
    hostIp: host.ip,
    kernelRelease: host.kernel.release,
    container: c,
    process: proc,
    argv: [...proc.argv],
    env: processEnv(c, runtime.env ?? []),
    out: (text) => write('stdout', text),
    err: (text) => write('stderr', text),
    exit: (code) => {
      if (result.exitCode === undefined) result.exitCode = code;
    },
    listen: (port, proto = 'tcp') => {
      const key = `${port}/${proto}`;
      if (!runtime.listen.includes(key)) runtime.listen.push(key);
    },
    getState: <T>() => runtime.s as T | undefined,
    setState: <T>(state: T) => {
      runtime.s = state;
    },
    wakeAt: (at) => {
      runtime.wakeAt = at;
    },
    random: (n) => nextInt(world, n),
    readFile: (path) => {
      try {
        return containerVfs(world, hostName, c.id).readFile(path);
      } catch {
        return undefined;
      }
    },
    isDir: (path) => {
      try {
        return containerVfs(world, hostName, c.id).isDir(path);
      } catch {
        return false;
      }
    },
    stat: (path) => {
      const st = containerVfs(world, hostName, c.id).stat(path);
      return st && st.type !== 'l' ? { type: st.type, mtime: st.mtime, size: st.size } : undefined;
    },
    writeFile: (path, text) => {
      const vfs = containerVfs(world, hostName, c.id);
      // Programs also write into directories they make (git clone): parents appear as with mkdir -p.
      vfs.mkdir(path.slice(0, path.lastIndexOf('/')) || '/', { parents: true });
      vfs.writeFile(path, text);
    },
    sendPacket: (ip, proto, port) => {
      emitRoute(ctx, routeTo(world, { host: hostName, containerId: c.id }, ip, port, proto), proto);
    },
    listDir: (path) => {
      try {
        const vfs = containerVfs(world, hostName, c.id);
        if (!vfs.isDir(path)) return undefined;
        const dir = path.replace(/\/$/, '');
        return vfs.readdir(path).map((name) => {
          const full = `${dir}/${name}`;
          return { name, dir: vfs.isDir(full), link: vfs.lstat(full)?.type === 'l', mtime: vfs.stat(full)?.mtime ?? 0 };
        });
      } catch {
        return undefined;
      }
    },
    execve: (argv) => {
      if (result.exitCode === undefined) result.exec = [...argv];
    },
  };
}

/** End a process: the main one takes its container down, an exec'd one keeps its output. */
export function finishProcess(ctx: Ctx, hostName: string, pid: number, exitCode: number): void {
  const found = lookup(ctx, hostName, pid);
  if (!found) {
    exitProcess(ctx, hostName, pid, exitCode);
    return;
  }
  if (isMain(found.c, found.proc)) containerProcessExited(ctx, hostName, found.c.id, exitCode);
  else endExecProcess(ctx, hostName, pid, exitCode);
}

function runHook(ctx: Ctx, hostName: string, pid: number, hook: (api: ProgramApi) => void, depth = 0): void {
  const found = lookup(ctx, hostName, pid);
  if (!found) return;
  const result: HookResult = {};
  hook(buildApi(ctx, hostName, found.proc, found.c, result));
  if (result.exitCode !== undefined) finishProcess(ctx, hostName, pid, result.exitCode);
  else if (result.exec) reexec(ctx, hostName, pid, result.exec, depth);
}

/** The same process starts `argv` with a clean slate, as after execve(2): no state, no wake-up (ports stay with the namespace's sockets). */
function reexec(ctx: Ctx, hostName: string, pid: number, argv: string[], depth: number): void {
  const found = lookup(ctx, hostName, pid);
  if (!found) return;
  found.proc.argv = argv;
  found.proc.program = undefined;
  const runtime = getRuntime(found.proc);
  runtime.s = undefined;
  runtime.wakeAt = undefined;
  if (depth < 8) startProgram(ctx, hostName, pid, depth + 1);
}

function hasScriptFlag(argv: readonly string[]): boolean {
  return argv.slice(1).some((a) => a === '-c' || (/^-[a-z]*c[a-z]*$/.test(a) && !a.startsWith('--')));
}

/**
 * Start what the process's argv names. Returns the behaviour that now runs the process,
 * or undefined when it ended or idles without one.
 */
export function startProgram(ctx: Ctx, hostName: string, pid: number, depth = 0): ProgramDef | undefined {
  const found = lookup(ctx, hostName, pid);
  if (!found) return undefined;
  const { proc, c } = found;
  const def = getProgram(basename(proc.argv[0]));
  const runtime = getRuntime(proc);
  const runner = getScriptRunner();
  const viaScript = !def || (def.isShell && hasScriptFlag(proc.argv));
  if (viaScript && runner && depth < 8) {
    const env = processEnv(c, runtime.env ?? []);
    const cwd = runtime.cwd || c.config.workingDir || '/';
    const res = runner.run(ctx, hostName, c.id, [...proc.argv], env, cwd);
    const live = lookup(ctx, hostName, pid);
    if (!live) return undefined;
    for (const chunk of res.output) {
      if (isMain(live.c, live.proc)) appendOutput(live.c, 'logs', chunk.stream, chunk.text, ctx.world.now);
      else appendOutput(live.proc, 'output', chunk.stream, chunk.text, ctx.world.now);
    }
    if (res.exec && res.exec.length > 0) {
      live.proc.argv = [...res.exec];
      return startProgram(ctx, hostName, pid, depth + 1);
    }
    finishProcess(ctx, hostName, pid, res.exitCode);
    return undefined;
  }
  if (!def) return undefined; // no behaviour and no runner: idles until signalled
  proc.program = def.name;
  runHook(ctx, hostName, pid, (api) => def.start(api), depth);
  const after = lookup(ctx, hostName, pid);
  return after?.proc.program ? getProgram(after.proc.program) : undefined;
}

function programOf(proc: Process): ProgramDef | undefined {
  return proc.program ? getProgram(proc.program) : undefined;
}

/** The clock reached a wakeAt the program asked for. */
export function tickProgram(ctx: Ctx, hostName: string, pid: number): void {
  const found = lookup(ctx, hostName, pid);
  if (!found) return;
  const runtime = getRuntime(found.proc);
  runtime.wakeAt = undefined;
  const def = programOf(found.proc);
  if (def?.tick) runHook(ctx, hostName, pid, (api) => def.tick!(api));
}

/**
 * Deliver a signal. SIGKILL ends the process with 137. A program with a handler decides; without
 * one, PID 1 of a container ignores the signal (the kernel's rule for init), others die 128+n.
 */
export function signalProcess(ctx: Ctx, hostName: string, pid: number, signal: Signal): void {
  const found = lookup(ctx, hostName, pid);
  if (!found) return;
  const signo = SIGNAL_NUMBERS[signal] ?? 15;
  if (signal === 'SIGKILL') {
    finishProcess(ctx, hostName, pid, 128 + signo);
    return;
  }
  if (signal === 'SIGSTOP' || signal === 'SIGCONT') return;
  const def = programOf(found.proc);
  if (def?.signal) {
    runHook(ctx, hostName, pid, (api) => def.signal!(api, signal));
    return;
  }
  if (found.proc.nsPid === 1) return;
  finishProcess(ctx, hostName, pid, 128 + signo);
}

/** Let the program of a process answer an HTTP request; undefined when it has no server. */
export function requestProgram(ctx: Ctx, hostName: string, pid: number, req: HttpRequest): HttpResponse | undefined {
  const found = lookup(ctx, hostName, pid);
  if (!found) return undefined;
  const def = programOf(found.proc);
  if (!def?.http) return undefined;
  let response: HttpResponse | undefined;
  runHook(ctx, hostName, pid, (api) => {
    response = def.http!(api, req);
  });
  return response;
}
