// python / python3 as a container's process. `python app.py` loads the script through the Python
// model (engine/python): a Flask app starts the development server (flaskApp.ts), a script runs
// and exits, an error prints CPython's traceback and exits 1. stdout is block-buffered as in
// CPython without a terminal, -u or PYTHONUNBUFFERED: prints show in `docker logs` only when the
// buffer fills, is flushed, or the process exits — a classic surprise with long-running servers.
import { programOutputs } from '../profile/programOutput';
import { loadPythonProgram, type PythonContext } from '../python/loadPythonProgram';
import type { RedisBackend } from '../python/pyFlask';
import type { OutputChunk } from '../python/pyInterpreter';
import { pyVersion } from '../python/pyVersion';
import { basename } from './delegate';
import { answerFlask, flaskBanner, type FlaskServerState } from './flaskApp';
import { resolveAndReach } from './netProbe';
import type { ProgramApi, ProgramDef } from './programTypes';

interface PythonState {
  file: string;
  argv: string[];
  unbuffered: boolean;
  /** stdout written but not yet flushed. */
  buffered: string;
  redis: Record<string, number>;
  server?: FlaskServerState;
  /** A script that slept: it ends at this time with this code. */
  exitAt?: number;
  exitCode?: number;
}

const BUFFER_SIZE = 8192;

function resolvePath(api: ProgramApi, file: string): string {
  if (file.startsWith('/')) return file;
  const cwd = api.container.config.workingDir || '/';
  return `${cwd.replace(/\/$/, '')}/${file}`;
}

function versionOf(api: ProgramApi) {
  return pyVersion(api.env.PYTHON_VERSION, api.profile === 'classic' ? '3.6.4' : '3.12.12');
}

function sitePackages(api: ProgramApi): string[] {
  const v = versionOf(api);
  const mm = `${v.full.split('.')[0]}.${v.minor}`;
  return [`/usr/local/lib/python${mm}/site-packages`, `/usr/lib/python3/dist-packages`];
}

/** A package pip (or apt) put into the image: its directory, or its __init__.py. */
function packageDir(api: ProgramApi, name: string): string | undefined {
  for (const dir of sitePackages(api)) {
    const p = `${dir}/${name}`;
    if (api.isDir?.(p) || api.readFile(`${p}/__init__.py`) !== undefined || api.readFile(`${p}.py`) !== undefined) return p;
  }
  return undefined;
}

/** Flask's version from its __init__.py (`__version__ = "0.12.2"`), else the era's. */
function flaskVersion(api: ProgramApi): string {
  const dir = packageDir(api, 'flask');
  const init = dir ? api.readFile(`${dir}/__init__.py`) : undefined;
  const m = init && /__version__\s*=\s*['"]([^'"]+)['"]/.exec(init);
  if (m) return m[1];
  return programOutputs[api.profile].flask.modern ? '3.1.2' : '0.12.2';
}

function redisBackend(api: ProgramApi, st: PythonState): RedisBackend {
  return {
    connectError(host, port) {
      const probe = resolveAndReach(api.world, api.host, api.container.id, host);
      if (!probe.ok) return `Error -2 connecting to ${host}:${port}. Name or service not known.`;
      if (!probe.reachable) return `Timeout connecting to server`;
      return undefined;
    },
    incr(key) {
      st.redis[key] = (st.redis[key] ?? 0) + 1;
      return st.redis[key];
    },
    get: () => undefined,
    set() {},
  };
}

function context(api: ProgramApi, st: PythonState, source: string): PythonContext {
  const v = versionOf(api);
  const fv = flaskVersion(api);
  return {
    version: v,
    file: st.file,
    source,
    hasPackage: (name) => packageDir(api, name) !== undefined,
    flaskModern: Number(fv.split('.')[0]) >= 1,
    redis: redisBackend(api, st),
    env: api.env,
    hostname: api.env.HOSTNAME ?? api.container.config.hostname,
    cwd: api.container.config.workingDir || '/',
    pid: api.process.nsPid,
    argv: st.argv,
    now: api.now,
    random: (n) => api.random(n),
    sleep: () => {},
  };
}

function flushStdout(api: ProgramApi, st: PythonState): void {
  if (st.buffered) api.out(st.buffered);
  st.buffered = '';
}

function emit(api: ProgramApi, st: PythonState, chunks: OutputChunk[]): void {
  for (const c of chunks) {
    if (c.stream === 'stderr') {
      api.err(c.text);
      continue;
    }
    st.buffered += c.text;
    if (st.unbuffered || c.flush) flushStdout(api, st);
    else if (st.buffered.length >= BUFFER_SIZE) {
      const cut = st.buffered.length - (st.buffered.length % BUFFER_SIZE);
      api.out(st.buffered.slice(0, cut));
      st.buffered = st.buffered.slice(cut);
    }
  }
}

/** An interpreter without a script is its REPL: it lives while a terminal or an open stdin can feed it. */
function startRepl(api: ProgramApi): void {
  const keeps = api.process.nsPid !== 1 || api.container.config.tty || api.container.config.openStdin;
  if (!keeps) api.exit(0);
}

function startPython(api: ProgramApi): void {
  const me = basename(api.argv[0] ?? 'python3');
  const flags = api.argv.slice(1);
  const unbuffered = flags.includes('-u') || (api.env.PYTHONUNBUFFERED ?? '') !== '' || api.container.config.tty;
  const args = flags.filter((a) => a !== '-u' && a !== '-B');
  const st: PythonState = { file: '', argv: [], unbuffered, buffered: '', redis: {} };
  let source: string;
  if (args[0] === '-c') {
    st.file = '<string>';
    st.argv = ['-c', ...args.slice(2)];
    source = args[1] ?? '';
  } else {
    const script = args.find((a) => !a.startsWith('-'));
    if (script === undefined) return startRepl(api);
    const path = resolvePath(api, script);
    const found = api.readFile(path);
    const v = versionOf(api);
    if (found === undefined) {
      api.err(`${me}: can't open file '${v.absoluteScriptPath ? path : script}': [Errno 2] No such file or directory\n`);
      api.exit(2);
      return;
    }
    st.file = v.absoluteScriptPath ? path : script;
    st.argv = args.slice(args.indexOf(script));
    source = found;
  }
  const ctx = context(api, st, source);
  const program = loadPythonProgram(ctx);
  if (program.kind !== 'flask') {
    emit(api, st, program.output);
    if (program.sleptMs > 0) {
      st.exitAt = api.now + program.sleptMs;
      st.exitCode = program.exitCode;
      api.setState(st);
      api.wakeAt(st.exitAt);
      return;
    }
    flushStdout(api, st);
    api.exit(program.exitCode);
    return;
  }
  const modern = ctx.flaskModern;
  // With debug=True the reloader runs the module again in a child: its prints happen twice.
  const chunks = program.run.debug ? [...program.output, ...program.output] : program.output;
  const banner = flaskBanner(api, modern, program.run, program.app.name);
  if (modern && program.run.debug) {
    emit(api, st, program.output);
    emit(api, st, [{ stream: 'stdout', text: banner.out, flush: true }, { stream: 'stderr', text: banner.err }]);
    emit(api, st, program.output);
  } else {
    emit(api, st, chunks);
    if (banner.out) emit(api, st, [{ stream: 'stdout', text: banner.out, flush: true }]);
    api.err(banner.err);
  }
  st.server = { run: program.run, appName: program.app.name, saved: {}, werkzeug: modern ? '3.1.3' : '0.14.1' };
  api.setState(st);
  api.listen(program.run.port);
}

export const python: ProgramDef = {
  name: 'python3',
  start: startPython,
  tick(api) {
    const st = api.getState<PythonState>();
    if (!st || st.exitAt === undefined || api.now < st.exitAt) return;
    flushStdout(api, st);
    api.exit(st.exitCode ?? 0);
  },
  http(api, req) {
    const prev = api.getState<PythonState>();
    if (!prev?.server) return undefined;
    const st: PythonState = { ...prev, redis: { ...prev.redis }, server: { ...prev.server } };
    const source = api.readFile(resolvePath(api, st.file)) ?? '';
    const ctx = context(api, st, source);
    const { response, saved } = answerFlask(api, ctx, st.server!, req, (chunks) => emit(api, st, chunks));
    st.server!.saved = saved;
    api.setState(st);
    return response;
  },
  interactive: 'python3',
  signal(api, sig) {
    const st = api.getState<PythonState>();
    // The REPL ignores SIGTERM as PID 1; the server's KeyboardInterrupt ends it on Ctrl-C, and
    // the interpreter's exit flushes what stdout still holds.
    if (sig === 'SIGINT' && st?.server) {
      flushStdout(api, st);
      api.setState(st);
      api.exit(0);
    } else if (sig === 'SIGTERM' && api.process.nsPid !== 1) {
      api.exit(143);
    }
  },
};
