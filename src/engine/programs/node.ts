// node as a container's process (the stub moved out of python.ts; the Node/Express model
// follows in nodeApp.ts).
import type { ProgramApi, ProgramDef } from './programTypes';

function resolvePath(api: ProgramApi, file: string): string {
  if (file.startsWith('/')) return file;
  const cwd = api.container.config.workingDir || '/';
  return `${cwd.replace(/\/$/, '')}/${file}`;
}

export const node: ProgramDef = {
  name: 'node',
  interactive: 'node',
  start(api) {
    const script = api.argv.slice(1).find((a) => !a.startsWith('-'));
    if (script === undefined) {
      const keeps = api.process.nsPid !== 1 || api.container.config.tty || api.container.config.openStdin;
      if (!keeps) api.exit(0);
      return;
    }
    const path = resolvePath(api, script);
    const source = api.readFile(path);
    if (source === undefined) {
      api.err(
        `node:internal/modules/cjs/loader:1386\n  throw err;\n  ^\n\nError: Cannot find module '${path}'\n    at Function._resolveFilename (node:internal/modules/cjs/loader:1383:15)\n    at Function._load (node:internal/modules/cjs/loader:1192:37)\n    at TracingChannel.traceSync (node:diagnostics_channel:328:14)\n    at wrapModuleLoad (node:internal/modules/cjs/loader:237:24)\n    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:171:5)\n    at node:internal/main/run_main_module:36:49 {\n  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}\n\nNode.js v24.11.1\n`,
      );
      api.exit(1);
      return;
    }
    const port = /\.listen\(\s*(\d+)/.exec(source);
    if (port) api.listen(Number(port[1]));
    else api.exit(0);
  },
};
