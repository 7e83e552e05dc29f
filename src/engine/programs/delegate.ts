// A process that hands itself over to another program without a new process: `exec nginx …`
// at the end of a shell script, or an image's docker-entrypoint.sh that ends in `exec "$@"`.
// The outer program keeps the process; its state records which program took over and that
// program's own state, and every later hook is forwarded to it with the new argv.
import type { HttpRequest, HttpResponse, ProgramApi, ProgramDef, Signal } from './programTypes';

interface DelegatedState {
  delegate: { program: string; argv: string[] };
  inner?: unknown;
}

type Resolver = (name: string) => ProgramDef | undefined;

// Injected by the registry so that programs can delegate without importing the registry
// (which imports them).
let resolve: Resolver = () => undefined;

export function setProgramResolver(r: Resolver): void {
  resolve = r;
}

export function basename(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? path : path.slice(i + 1);
}

export function findProgram(argv0: string): ProgramDef | undefined {
  return resolve(basename(argv0));
}

/** The api as the program that took over sees it: its own argv and its own state slot. */
export function delegatedApi(api: ProgramApi, argv: readonly string[]): ProgramApi {
  const wrapped: ProgramApi = {
    get now() {
      return api.now;
    },
    profile: api.profile,
    world: api.world,
    host: api.host,
    hostIp: api.hostIp,
    kernelRelease: api.kernelRelease,
    container: api.container,
    process: api.process,
    argv,
    env: api.env,
    out: (text) => api.out(text),
    err: (text) => api.err(text),
    exit: (code) => api.exit(code),
    listen: (port, proto) => api.listen(port, proto),
    getState: <T>() => api.getState<DelegatedState>()?.inner as T | undefined,
    setState: <T>(inner: T) => {
      const cur = api.getState<DelegatedState>();
      if (cur) api.setState<DelegatedState>({ delegate: cur.delegate, inner });
    },
    wakeAt: (at) => api.wakeAt(at),
    random: (n) => api.random(n),
    readFile: (path) => api.readFile(path),
  };
  if (api.writeFile) wrapped.writeFile = (path, text) => api.writeFile?.(path, text);
  if (api.isDir) wrapped.isDir = (path) => api.isDir?.(path) ?? false;
  if (api.sendPacket) wrapped.sendPacket = (ip, proto, port) => api.sendPacket?.(ip, proto, port);
  if (api.execve) wrapped.execve = (next) => api.execve?.(next);
  if (api.listDir) wrapped.listDir = (path) => api.listDir?.(path);
  return wrapped;
}

/**
 * Start `argv` in place of the current program. A behaviour takes over at once; anything else
 * (`ls`, `npm`, `pip`: shell utilities) is handed to the container side with execve, which runs
 * it through the script runner. Returns false when neither can run it, so that the caller can
 * report `not found` in its own words.
 */
export function execProgram(api: ProgramApi, argv: string[]): boolean {
  const def = findProgram(argv[0] ?? '');
  if (!def) {
    if (!api.execve || argv.length === 0) return false;
    api.execve(argv);
    return true;
  }
  api.setState<DelegatedState>({ delegate: { program: def.name, argv: [...argv] } });
  def.start(delegatedApi(api, argv));
  return true;
}

function current(api: ProgramApi): { def: ProgramDef; sub: ProgramApi } | undefined {
  const st = api.getState<DelegatedState>();
  if (!st || !st.delegate) return undefined;
  const def = resolve(st.delegate.program);
  return def ? { def, sub: delegatedApi(api, st.delegate.argv) } : undefined;
}

export function isDelegated(api: ProgramApi): boolean {
  return current(api) !== undefined;
}

export function forwardTick(api: ProgramApi): void {
  const c = current(api);
  c?.def.tick?.(c.sub);
}

const SIGNAL_NUMBERS: Partial<Record<Signal, number>> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGUSR1: 10, SIGUSR2: 12, SIGTERM: 15 };

/** A program without a handler ignores the signal as PID 1 (the kernel's rule for init) and dies of it otherwise. */
export function forwardSignal(api: ProgramApi, signal: Signal): void {
  const c = current(api);
  if (c?.def.signal) c.def.signal(c.sub, signal);
  else if (api.process.nsPid !== 1 && SIGNAL_NUMBERS[signal]) api.exit(128 + (SIGNAL_NUMBERS[signal] ?? 0));
}

export function forwardHttp(api: ProgramApi, req: HttpRequest): HttpResponse | undefined {
  const c = current(api);
  return c?.def.http?.(c.sub, req);
}

/** Hooks of a program that may have handed its process over: forward when it has. */
export const delegatingHooks: Pick<ProgramDef, 'tick' | 'signal' | 'http'> = {
  tick: forwardTick,
  signal: forwardSignal,
  http: (api, req) => forwardHttp(api, req) ?? notServing(),
};

function notServing(): HttpResponse {
  return { status: 502, statusText: 'Bad Gateway', headers: {}, body: '' };
}
