// A stand-in for the container side in program tests: a ProgramApi over plain fields that
// records what the program did (output, exit code, ports, wake-ups) and lets the test move
// the clock and call the hooks.
import { utf8Length } from '../fs/tree';
import { createWorld } from '../createWorld';
import type { Container, Process, ProfileName, World } from '../world';
import type { HttpRequest, HttpResponse, ProgramApi, ProgramDef, Signal } from './programTypes';

export interface FakeRun {
  api: ProgramApi;
  stdout: string;
  stderr: string;
  exitCode: number | undefined;
  listens: string[];
  wake: number | undefined;
  files: Record<string, string>;
  world: World;
  now: number;
  /** Advance the clock, calling tick() whenever a wake-up falls due. */
  advance(ms: number): void;
  signal(sig: Signal): void;
  /** The program's answer; throws when it accepts no connection (see ProgramDef.http). */
  http(req: Partial<HttpRequest>): HttpResponse;
}

export interface FakeOptions {
  profile?: ProfileName;
  env?: Record<string, string>;
  files?: Record<string, string>;
  /** mtime stat() reports for those files (default: the clock when asked). */
  filesMtime?: number;
  tty?: boolean;
  openStdin?: boolean;
  hostname?: string;
  container?: Partial<Container>;
  world?: World;
  nsPid?: number;
}

export function fakeContainer(over: Partial<Container> = {}): Container {
  const id = over.id ?? '4d5b9c2a1f3e8d7c6b5a49382716f5e4d3c2b1a0918273645546372819a0b1c2';
  return {
    id,
    name: 'web',
    imageRef: 'test',
    imageId: 'f'.repeat(64),
    created: 0,
    path: '',
    args: [],
    config: {
      hostname: id.slice(0, 12),
      domainname: '',
      user: '',
      env: [],
      cmd: null,
      entrypoint: null,
      workingDir: '',
      exposedPorts: [],
      tty: false,
      openStdin: false,
      attachStdin: false,
      labels: {},
    },
    hostConfig: {
      binds: [],
      networkMode: 'default',
      portBindings: {},
      publishAllPorts: false,
      restartPolicy: { name: 'no', maximumRetryCount: 0 },
      autoRemove: false,
      memory: 0,
      nanoCpus: 0,
      links: [],
    },
    state: { status: 'running', pid: 100, exitCode: 0, error: '', startedAt: 0, finishedAt: 0, oomKilled: false, stoppedByUser: false },
    restartCount: 0,
    ports: {},
    networks: {},
    mounts: [],
    rw: { t: 'd', mode: 0o755, mtime: 0, c: {} },
    logs: [],
    execPids: [],
    ns: {},
    ...over,
  };
}

export function runProgram(def: ProgramDef, argv: string[], opts: FakeOptions = {}): FakeRun {
  const world = opts.world ?? createWorld({ profile: opts.profile ?? 'classic' });
  const container = fakeContainer({ ...opts.container });
  if (opts.hostname) container.config.hostname = opts.hostname;
  container.config.tty = opts.tty ?? false;
  container.config.openStdin = opts.openStdin ?? false;
  const proc: Process = { pid: 100, ppid: 1, nsPid: opts.nsPid ?? 1, argv, user: 'root', startedAt: world.now, ns: {}, rss: 0 };
  let state: unknown;
  const run: FakeRun = {
    api: undefined as unknown as ProgramApi,
    stdout: '',
    stderr: '',
    exitCode: undefined,
    listens: [],
    wake: undefined,
    files: { ...opts.files },
    world,
    get now() {
      return world.now;
    },
    advance(ms) {
      const end = world.now + ms;
      while (run.exitCode === undefined && run.wake !== undefined && run.wake <= end) {
        world.now = Math.max(world.now, run.wake);
        run.wake = undefined;
        def.tick?.(run.api);
      }
      world.now = end;
    },
    signal(sig) {
      def.signal?.(run.api, sig);
    },
    http(req) {
      const full: HttpRequest = { method: 'GET', path: '/', headers: { 'User-Agent': 'curl/7.58.0', Accept: '*/*' }, body: '', remoteAddr: '172.17.0.1', port: 80, ...req };
      const res = def.http!(run.api, full);
      if (!res) throw new Error('no answer: the connection was closed');
      return res;
    },
  };
  run.api = {
    get now() {
      return world.now;
    },
    profile: world.profile,
    world,
    host: 'default',
    hostIp: '192.168.99.100',
    kernelRelease: world.hosts.default.kernel.release,
    container,
    process: proc,
    argv,
    env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOSTNAME: container.config.hostname, ...opts.env },
    out: (t) => {
      if (run.exitCode === undefined) run.stdout += t;
    },
    err: (t) => {
      if (run.exitCode === undefined) run.stderr += t;
    },
    exit: (code) => {
      if (run.exitCode === undefined) run.exitCode = code;
    },
    listen: (port, proto = 'tcp') => {
      run.listens.push(`${port}/${proto}`);
    },
    getState: <T>() => state as T | undefined,
    setState: <T>(s: T) => {
      state = s;
    },
    wakeAt: (at) => {
      run.wake = at;
    },
    random: (n) => (world.rng = (world.rng * 1103515245 + 12345) >>> 0) % n,
    readFile: (path) => run.files[path],
    isDir: (path) => Object.keys(run.files).some((f) => f.startsWith(`${path.replace(/\/$/, '')}/`)),
    writeFile: (path, text) => {
      run.files[path] = text;
    },
    stat: (path) => {
      const data = run.files[path];
      if (data !== undefined) return { type: 'f', mtime: opts.filesMtime ?? world.now, size: utf8Length(data) };
      return run.api.isDir?.(path) ? { type: 'd', mtime: opts.filesMtime ?? world.now, size: 4096 } : undefined;
    },
  };
  def.start(run.api);
  return run;
}
