// The command-line options of python and node that answer before any script runs: version
// flags, and `python -m MODULE` for the modules students run as tools (pip, http.server). They
// wrap the interpreters' behaviours (python.ts, node.ts) so those stay about scripts and servers:
// anything else goes on to the wrapped program unchanged.
import { commandPath } from './entrypointScripts';
import { httpServerHooks, isHttpServer, startHttpServer } from './pythonHttpServer';
import type { ProgramApi, ProgramDef } from './programTypes';

function pythonVersion(api: ProgramApi): string {
  const v = api.env.PYTHON_VERSION;
  return v && /^\d+\.\d+\.\d+$/.test(v) ? v : api.profile === 'classic' ? '3.6.4' : '3.12.12';
}

function nodeVersion(api: ProgramApi): string {
  const v = api.env.NODE_VERSION;
  return v && /^\d+\.\d+\.\d+$/.test(v) ? v : api.profile === 'classic' ? '10.1.0' : '25.2.1';
}

/** Options python reads before `-m`/`-c`/a script that do not change what runs. */
const PY_PASSIVE = new Set(['-u', '-B', '-O', '-OO', '-q', '-s', '-E', '-I']);

/** `python -m NAME ARGS`: true when handled here. */
function runModule(api: ProgramApi, name: string, rest: string[]): boolean {
  if (name === 'pip' || name === 'pip3') {
    // The pip module is the same code as the pip script on PATH; the shell's pip command runs it.
    if (api.execve) {
      api.execve(['pip', ...rest]);
      return true;
    }
    return false;
  }
  if (name === 'http.server') {
    startHttpServer(api, rest, pythonVersion(api));
    return true;
  }
  if (name === 'flask' || name === 'venv' || name === 'json.tool') return false;
  const me = commandPath(api, api.argv[0] ?? 'python3') ?? api.argv[0];
  api.err(`${me}: No module named ${name}\n`);
  api.exit(1);
  return true;
}

function startPython(api: ProgramApi, inner: ProgramDef): void {
  const args = api.argv.slice(1);
  let i = 0;
  while (i < args.length && PY_PASSIVE.has(args[i])) i++;
  const first = args[i];
  if (first === '-V' || first === '--version') {
    api.out(`Python ${pythonVersion(api)}\n`);
    api.exit(0);
    return;
  }
  if (first === '-m' && args[i + 1] !== undefined && runModule(api, args[i + 1], args.slice(i + 2))) return;
  inner.start(api);
}

/** python3 with its version flag and `-m`; scripts, -c, Flask and the REPL stay python.ts's. */
export function withPythonOptions(inner: ProgramDef): ProgramDef {
  return {
    ...inner,
    start: (api) => startPython(api, inner),
    tick: (api) => (isHttpServer(api) ? undefined : inner.tick?.(api)),
    http: (api, req) => (isHttpServer(api) ? httpServerHooks.http(api, req) : inner.http?.(api, req)),
    signal: (api, sig) => (isHttpServer(api) ? httpServerHooks.signal(api, sig) : inner.signal?.(api, sig)),
  };
}

/** node with `-v`/`--version`; everything else is node.ts's. */
export function withNodeOptions(inner: ProgramDef): ProgramDef {
  return {
    ...inner,
    start(api) {
      const first = api.argv[1];
      if (first === '-v' || first === '--version') {
        api.out(`v${nodeVersion(api)}\n`);
        api.exit(0);
        return;
      }
      inner.start(api);
    },
  };
}
