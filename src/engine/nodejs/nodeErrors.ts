// What Node prints when a script dies, per version: the throw site (source line and caret),
// the error, V8's stack of the CommonJS loader (10 frames at most), and since Node 12 the error's
// own properties and the `Node.js vX` footer. Frames were taken from real runs: Node 10.0/10.1
// (internal/modules/cjs/loader.js) and Node 24.11+/25.2 (node:internal/modules/cjs/loader).
import type { JsSyntaxError } from './jsAst';
import type { JsError } from './jsValues';

export interface NodeVersion {
  full: string;
  major: number;
}

export function nodeVersion(envVersion: string | undefined, fallback: string): NodeVersion {
  const full = envVersion && /^\d+\.\d+\.\d+$/.test(envVersion) ? envVersion : fallback;
  return { full, major: Number(full.split('.')[0]) };
}

/** Node 10 compiled a module inside a one-line wrapper: line 1's columns are shifted by it. */
const WRAPPER = '(function (exports, require, module, __filename, __dirname) { ';

const OLD = 'internal/modules/cjs/loader.js';
const NEW = 'node:internal/modules/cjs/loader';

/** The loader frames below a module's own code, when node runs the script as its main module. */
function mainFrames(v: NodeVersion): string[] {
  if (v.major < 12) {
    return [
      `Module._compile (${OLD}:654:30)`,
      `Object.Module._extensions..js (${OLD}:665:10)`,
      `Module.load (${OLD}:566:32)`,
      `tryModuleLoad (${OLD}:506:12)`,
      `Function.Module._load (${OLD}:498:3)`,
      `Function.Module.runMain (${OLD}:695:10)`,
      'startup (internal/bootstrap/node.js:201:19)',
      'bootstrapNodeJSCore (internal/bootstrap/node.js:516:3)',
    ];
  }
  return [
    `Module._compile (${NEW}:1761:14)`,
    `Object..js (${NEW}:1893:10)`,
    `Module.load (${NEW}:1481:32)`,
    `Module._load (${NEW}:1300:12)`,
    'TracingChannel.traceSync (node:diagnostics_channel:328:14)',
    `wrapModuleLoad (${NEW}:245:24)`,
    'Module.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:154:5)',
    'node:internal/main/run_main_module:33:47',
  ];
}

function footer(v: NodeVersion): string {
  return v.major >= 12 ? `\nNode.js v${v.full}\n` : '';
}

function stack(lines: string[]): string {
  return lines
    .slice(0, 10)
    .map((l) => `    at ${l}\n`)
    .join('');
}

/** The source line and caret V8 prints above an uncaught error (with Node 10's wrapper on line 1). */
function throwSite(v: NodeVersion, file: string, source: string, line: number, col: number, len = 1): string {
  let text = source.split('\n')[line - 1]?.replace(/\r$/, '') ?? '';
  let c = col;
  if (v.major < 12 && line === 1) {
    text = WRAPPER + text;
    c += WRAPPER.length;
  }
  return `${file}:${line}\n${text}\n${' '.repeat(c - 1)}${'^'.repeat(Math.max(1, len))}\n\n`;
}

/** Column as a stack frame reports it (shifted on Node 10's first line). */
function frameCol(v: NodeVersion, line: number, col: number): number {
  return v.major < 12 && line === 1 ? col + WRAPPER.length : col;
}

/** `require('express')` when node_modules has no express. */
export function moduleNotFound(v: NodeVersion, name: string, file: string, line: number, col: number): string {
  const at = `Object.<anonymous> (${file}:${line}:${frameCol(v, line, col)})`;
  if (v.major < 12) {
    return (
      `${OLD}:550\n    throw err;\n    ^\n\nError: Cannot find module '${name}'\n` +
      stack([`Function.Module._resolveFilename (${OLD}:548:15)`, `Function.Module._load (${OLD}:475:25)`, `Module.require (${OLD}:598:17)`, 'require (internal/modules/cjs/helpers.js:11:18)', at, ...mainFrames(v)])
    );
  }
  return (
    `${NEW}:1423\n  throw err;\n  ^\n\nError: Cannot find module '${name}'\nRequire stack:\n- ${file}\n` +
    stack([
      `Module._resolveFilename (${NEW}:1420:15)`,
      `defaultResolveImpl (${NEW}:1058:19)`,
      `resolveForCJSWithHooks (${NEW}:1063:22)`,
      `Module._load (${NEW}:1226:37)`,
      'TracingChannel.traceSync (node:diagnostics_channel:328:14)',
      `wrapModuleLoad (${NEW}:245:24)`,
      `Module.require (${NEW}:1503:12)`,
      'require (node:internal/modules/helpers:152:16)',
      at,
      ...mainFrames(v),
    ]).replace(/\n$/, ` {\n  code: 'MODULE_NOT_FOUND',\n  requireStack: [ '${file}' ]\n}\n`) +
    footer(v)
  );
}

/** `node missing.js`. */
export function scriptNotFound(v: NodeVersion, path: string): string {
  if (v.major < 12) {
    return (
      `${OLD}:550\n    throw err;\n    ^\n\nError: Cannot find module '${path}'\n` +
      stack([`Function.Module._resolveFilename (${OLD}:548:15)`, `Function.Module._load (${OLD}:475:25)`, `Function.Module.runMain (${OLD}:695:10)`, 'startup (internal/bootstrap/node.js:201:19)', 'bootstrapNodeJSCore (internal/bootstrap/node.js:516:3)'])
    );
  }
  return (
    `${NEW}:1423\n  throw err;\n  ^\n\nError: Cannot find module '${path}'\n` +
    stack([
      `Module._resolveFilename (${NEW}:1420:15)`,
      `defaultResolveImpl (${NEW}:1058:19)`,
      `resolveForCJSWithHooks (${NEW}:1063:22)`,
      `Module._load (${NEW}:1226:37)`,
      'TracingChannel.traceSync (node:diagnostics_channel:328:14)',
      `wrapModuleLoad (${NEW}:245:24)`,
      'Module.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:154:5)',
      'node:internal/main/run_main_module:33:47',
    ]).replace(/\n$/, ` {\n  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}\n`) +
    footer(v)
  );
}

export function syntaxErrorText(v: NodeVersion, file: string, source: string, e: JsSyntaxError): string {
  const frames =
    v.major < 12
      ? ['new Script (vm.js:74:7)', 'createScript (vm.js:246:10)', 'Object.runInThisContext (vm.js:298:10)', `Module._compile (${OLD}:622:28)`, ...mainFrames(v).slice(1)]
      : [`wrapSafe (${NEW}:1692:18)`, `Module._compile (${NEW}:1734:20)`, ...mainFrames(v).slice(1)];
  return `${throwSite(v, file, source, e.line, e.col, e.len)}SyntaxError: ${e.message}\n${stack(frames)}${footer(v)}`;
}

/** An error the module's top level threw (ReferenceError, TypeError …). */
export function uncaughtText(v: NodeVersion, file: string, source: string, err: JsError): string {
  const loc = err.loc ?? { line: 1, col: 1 };
  const at = `Object.<anonymous> (${file}:${loc.line}:${frameCol(v, loc.line, loc.col)})`;
  const head = err.message ? `${err.name}: ${err.message}` : err.name;
  return `${throwSite(v, file, source, loc.line, loc.col)}${head}\n${stack([at, ...mainFrames(v)])}${footer(v)}`;
}
