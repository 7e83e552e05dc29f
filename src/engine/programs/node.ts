// node as a container's process. `node server.js` loads the script through the Node model
// (engine/nodejs): an Express app or http server that called listen() serves requests (the
// module runs again per request with its plain-data globals restored), a script runs and exits,
// a failure prints what the image's Node prints and exits 1. Without a script node is the REPL.
import { answerNode } from '../nodejs/nodeDispatch';
import { loadNodeProgram, type NodeContext, type SavedGlobals } from '../nodejs/loadNodeProgram';
import { nodeVersion, scriptNotFound } from '../nodejs/nodeErrors';
import type { OutputChunk } from '../nodejs/nodeRuntime';
import type { HttpRequest, HttpResponse, ProgramApi, ProgramDef } from './programTypes';
import { STATUS_TEXT } from '../nodejs/nodeResponse';

interface NodeState {
  file: string;
  argv: string[];
  saved: SavedGlobals;
  port: number;
  /** A server bound to one address answers only there (127.0.0.1: not from outside). */
  bindHost?: string;
}

function resolvePath(api: ProgramApi, file: string): string {
  if (file.startsWith('/')) return file;
  const cwd = api.container.config.workingDir || '/';
  return `${cwd.replace(/\/$/, '')}/${file.replace(/^\.\//, '')}`;
}

function versionOf(api: ProgramApi) {
  return nodeVersion(api.env.NODE_VERSION, api.profile === 'classic' ? '10.1.0' : '25.2.1');
}

/** node_modules/<name> in the script's directory or any above it, as Node's resolver looks. */
function moduleDir(api: ProgramApi, file: string, name: string): string | undefined {
  let dir = file.slice(0, file.lastIndexOf('/')) || '/';
  for (;;) {
    const p = `${dir === '/' ? '' : dir}/node_modules/${name}`;
    if (api.readFile(`${p}/package.json`) !== undefined) return p;
    if (dir === '/') return undefined;
    dir = dir.slice(0, dir.lastIndexOf('/')) || '/';
  }
}

function expressVersion(api: ProgramApi, file: string): string {
  const dir = moduleDir(api, file, 'express');
  const pkg = dir ? api.readFile(`${dir}/package.json`) : undefined;
  const m = pkg && /"version"\s*:\s*"([^"]+)"/.exec(pkg);
  return m ? m[1] : api.profile === 'classic' ? '4.16.3' : '5.1.0';
}

function context(api: ProgramApi, file: string, argv: string[], source: string): NodeContext {
  return {
    version: versionOf(api),
    file,
    source,
    env: { ...api.env, HOSTNAME: api.env.HOSTNAME ?? api.container.config.hostname },
    argv,
    cwd: api.container.config.workingDir || '/',
    now: api.now,
    hasModule: (name) => moduleDir(api, file, name) !== undefined,
    random: () => api.random(1_000_000) / 1_000_000,
  };
}

function emit(api: ProgramApi, chunks: OutputChunk[]): void {
  for (const c of chunks) (c.stream === 'stderr' ? api.err : api.out)(c.text);
}

function startRepl(api: ProgramApi): void {
  const keeps = api.process.nsPid !== 1 || api.container.config.tty || api.container.config.openStdin;
  if (!keeps) api.exit(0);
}

function startNode(api: ProgramApi): void {
  const args = api.argv.slice(1);
  const evalAt = args.findIndex((a) => a === '-e' || a === '--eval' || a === '-p' || a === '--print');
  if (evalAt >= 0) {
    // `node -e CODE` runs the code as the [eval] module; -p prints its value, which we do not model.
    const code = args[evalAt + 1] ?? '';
    if (args[evalAt] === '-p' || args[evalAt] === '--print') {
      api.err("pathshala: this simulator's Node.js model does not support node -p (line 1)\n");
      api.exit(1);
      return;
    }
    const program = loadNodeProgram(context(api, '[eval]', args.slice(evalAt + 2), code));
    emit(api, program.output);
    if (program.kind === 'server') {
      api.setState<NodeState>({ file: '[eval]', argv: [], saved: {}, port: program.server.port, bindHost: program.server.host });
      api.listen(program.server.port);
    } else api.exit(program.exitCode);
    return;
  }
  const i = args.findIndex((a) => !a.startsWith('-'));
  if (i < 0) return startRepl(api);
  const file = resolvePath(api, args[i]);
  const source = api.readFile(file);
  if (source === undefined) {
    api.err(scriptNotFound(versionOf(api), file));
    api.exit(1);
    return;
  }
  const argv = args.slice(i + 1);
  const program = loadNodeProgram(context(api, file, argv, source));
  emit(api, program.output);
  if (program.kind !== 'server') {
    api.exit(program.exitCode);
    return;
  }
  api.setState<NodeState>({ file, argv, saved: {}, port: program.server.port, bindHost: program.server.host });
  api.listen(program.server.port);
}

function answer(api: ProgramApi, req: HttpRequest): HttpResponse | undefined {
  const st = api.getState<NodeState>();
  if (!st) return undefined;
  if (st.bindHost && ['127.0.0.1', 'localhost'].includes(st.bindHost) && req.remoteAddr !== '127.0.0.1') return undefined;
  const source = api.readFile(st.file) ?? '';
  const ctx = context(api, st.file, st.argv, source);
  const a = answerNode(ctx, st.saved, { method: req.method, path: req.path, headers: req.headers, remoteAddr: req.remoteAddr }, expressVersion(api, st.file));
  if (!a) return undefined;
  emit(api, a.output);
  api.setState<NodeState>({ ...st, saved: a.saved });
  // A handler that never answers leaves the client waiting; we close the connection instead.
  if (a.status === 0) return undefined;
  return { status: a.status, statusText: STATUS_TEXT[a.status] ?? '', headers: a.headers, body: a.body };
}

export const node: ProgramDef = {
  name: 'node',
  interactive: 'node',
  start: startNode,
  http: answer,
  signal(api, sig) {
    // Node installs no SIGINT/SIGTERM handler: as PID 1 the kernel drops both (docker stop waits
    // for SIGKILL, Ctrl-C does nothing); elsewhere they end it.
    if (api.process.nsPid === 1) return;
    if (sig === 'SIGINT' || sig === 'SIGTERM') api.exit(sig === 'SIGINT' ? 130 : 143);
  },
};
