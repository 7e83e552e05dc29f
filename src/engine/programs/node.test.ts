import { describe, expect, it } from 'vitest';
import { runProgram } from './fakeProgramApi';
import { node } from './node';
import './registry';

const EXPRESS4 = { '/app/node_modules/express/package.json': '{\n  "name": "express",\n  "version": "4.16.3",\n  "main": "index.js"\n}\n' };
const EXPRESS5 = { '/app/node_modules/express/package.json': '{\n  "name": "express",\n  "version": "5.1.0",\n  "main": "index.js"\n}\n' };

const SERVER = `const express = require('express');
const app = express();
const port = process.env.PORT || 3000;
let hits = 0;

app.get('/', (req, res) => res.send('Hello World!'));
app.get('/users/:name', function (req, res) {
  hits++;
  res.json({ user: req.params.name, hits: hits });
});
app.get('/missing', (req, res) => res.status(404).send('Not here'));

app.listen(port, () => console.log(\`listening on \${port}\`));
`;

function start(profile: 'classic' | 'current', files: Record<string, string>, env: Record<string, string> = {}) {
  return runProgram(node, ['node', 'server.js'], { profile, files, env, container: { config: { ...baseConfig(), workingDir: '/app' } } });
}

function baseConfig() {
  return { hostname: 'c0ffee', domainname: '', user: '', env: [], cmd: null, entrypoint: null, workingDir: '', exposedPorts: [], tty: false, openStdin: false, attachStdin: false, labels: {} };
}

describe('node: an Express app', () => {
  it('logs from the listen callback and answers with Express 4 headers, ETag and JSON', () => {
    const r = start('classic', { '/app/server.js': SERVER, ...EXPRESS4 });
    expect([r.stdout, r.stderr, r.listens, r.exitCode]).toEqual(['listening on 3000\n', '', ['3000/tcp'], undefined]);
    const res = r.http({ path: '/', port: 3000 });
    expect([res.status, res.statusText, res.body]).toEqual([200, 'OK', 'Hello World!']);
    expect(res.headers).toEqual({
      'X-Powered-By': 'Express',
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': '12',
      ETag: 'W/"c-Lve95gjOVATpfV8EL5X4nxwjKHE"',
      Date: 'Sun, 20 May 2018 10:00:00 GMT',
      Connection: 'keep-alive',
    });
    expect(r.http({ path: '/users/ana', port: 3000 }).body).toBe('{"user":"ana","hits":1}');
    const bob = r.http({ path: '/users/bob?x=1', port: 3000 });
    expect([bob.body, bob.headers['Content-Type']]).toEqual(['{"user":"bob","hits":2}', 'application/json; charset=utf-8']);
    const missing = r.http({ path: '/missing', port: 3000 });
    expect([missing.status, missing.body]).toEqual([404, 'Not here']);
    expect(r.stdout).toBe('listening on 3000\n');
  });

  it("answers an unknown path with finalhandler's page: 'self' in Express 4, 'none' and Keep-Alive today", () => {
    const old = start('classic', { '/app/server.js': SERVER, ...EXPRESS4 }).http({ path: '/nope', port: 3000 });
    const page = '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot GET /nope</pre>\n</body>\n</html>\n';
    expect([old.status, old.body]).toEqual([404, page]);
    expect(old.headers).toEqual({
      'X-Powered-By': 'Express',
      'Content-Security-Policy': "default-src 'self'",
      'X-Content-Type-Options': 'nosniff',
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': '143',
      Date: 'Sun, 20 May 2018 10:00:00 GMT',
      Connection: 'keep-alive',
    });
    const now = start('current', { '/app/server.js': SERVER, ...EXPRESS5 }).http({ path: '/nope', port: 3000 });
    expect(Object.entries(now.headers).map(([k, v]) => `${k}: ${k === 'Date' ? '…' : v}`)).toEqual([
      'X-Powered-By: Express',
      "Content-Security-Policy: default-src 'none'",
      'X-Content-Type-Options: nosniff',
      'Content-Type: text/html; charset=utf-8',
      'Content-Length: 143',
      'Date: …',
      'Connection: keep-alive',
      'Keep-Alive: timeout=5',
    ]);
  });

  it('reads PORT from the environment', () => {
    const r = start('classic', { '/app/server.js': SERVER, ...EXPRESS4 }, { PORT: '8080' });
    expect([r.stdout, r.listens]).toEqual(['listening on 8080\n', ['8080/tcp']]);
  });
});

describe('node: failures as each Node prints them', () => {
  it("Node 10: Cannot find module 'express' with the loader frames and the wrapper's column on line 1", () => {
    const r = start('classic', { '/app/server.js': SERVER });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(`internal/modules/cjs/loader.js:550
    throw err;
    ^

Error: Cannot find module 'express'
    at Function.Module._resolveFilename (internal/modules/cjs/loader.js:548:15)
    at Function.Module._load (internal/modules/cjs/loader.js:475:25)
    at Module.require (internal/modules/cjs/loader.js:598:17)
    at require (internal/modules/cjs/helpers.js:11:18)
    at Object.<anonymous> (/app/server.js:1:79)
    at Module._compile (internal/modules/cjs/loader.js:654:30)
    at Object.Module._extensions..js (internal/modules/cjs/loader.js:665:10)
    at Module.load (internal/modules/cjs/loader.js:566:32)
    at tryModuleLoad (internal/modules/cjs/loader.js:506:12)
    at Function.Module._load (internal/modules/cjs/loader.js:498:3)
`);
  });

  it("Node 25: Require stack, the error's properties and the version footer", () => {
    const r = start('current', { '/app/server.js': SERVER });
    expect(r.stderr).toBe(`node:internal/modules/cjs/loader:1423
  throw err;
  ^

Error: Cannot find module 'express'
Require stack:
- /app/server.js
    at Module._resolveFilename (node:internal/modules/cjs/loader:1420:15)
    at defaultResolveImpl (node:internal/modules/cjs/loader:1058:19)
    at resolveForCJSWithHooks (node:internal/modules/cjs/loader:1063:22)
    at Module._load (node:internal/modules/cjs/loader:1226:37)
    at TracingChannel.traceSync (node:diagnostics_channel:328:14)
    at wrapModuleLoad (node:internal/modules/cjs/loader:245:24)
    at Module.require (node:internal/modules/cjs/loader:1503:12)
    at require (node:internal/modules/helpers:152:16)
    at Object.<anonymous> (/app/server.js:1:17)
    at Module._compile (node:internal/modules/cjs/loader:1761:14) {
  code: 'MODULE_NOT_FOUND',
  requireStack: [ '/app/server.js' ]
}

Node.js v25.2.1
`);
  });

  it('a missing script', () => {
    const r = runProgram(node, ['node', 'nope.js'], { profile: 'current' });
    expect([r.exitCode, r.stderr.split('\n').slice(0, 5).join('\n')]).toEqual([1, "node:internal/modules/cjs/loader:1423\n  throw err;\n  ^\n\nError: Cannot find module '/nope.js'"]);
    expect(r.stderr.endsWith("    at node:internal/main/run_main_module:33:47 {\n  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}\n\nNode.js v25.2.1\n")).toBe(true);
  });

  it('a SyntaxError with the source line and caret (V8 quotes the token since Node 12)', () => {
    const src = "const express = require('express');\nconst app = express();\napp.get('/', (req, res) => {\n  res.send('hi';\n});\n";
    const now = start('current', { '/app/server.js': src, ...EXPRESS5 });
    expect(now.stderr.split('\n').slice(0, 6)).toEqual(['/app/server.js:4', "  res.send('hi';", '               ^', '', 'SyntaxError: missing ) after argument list', '    at wrapSafe (node:internal/modules/cjs/loader:1692:18)']);
    const old = start('classic', { '/app/server.js': 'app.get(\'/\', (req, res) => {\n  res.send("x")\n})}\n', ...EXPRESS4 });
    expect(old.stderr.split('\n').slice(0, 5)).toEqual(['/app/server.js:3', '})}', '  ^', '', 'SyntaxError: Unexpected token }']);
  });

  it('an uncaught TypeError at the top level', () => {
    const src = "const express = require('express');\nconst app = express();\napp.gett('/', (req, res) => res.send('x'));\n";
    const r = start('current', { '/app/server.js': src, ...EXPRESS5 });
    expect(r.stderr.split('\n').slice(0, 7)).toEqual(['/app/server.js:3', "app.gett('/', (req, res) => res.send('x'));", '    ^', '', 'TypeError: app.gett is not a function', '    at Object.<anonymous> (/app/server.js:3:5)', '    at Module._compile (node:internal/modules/cjs/loader:1761:14)']);
    expect(r.exitCode).toBe(1);
  });

  it('names a construct the model does not run', () => {
    const r = start('current', { '/app/server.js': 'class A {}\n' });
    expect([r.stderr, r.exitCode]).toEqual(["pathshala: this simulator's Node.js model does not support 'class' declarations (line 1)\n", 1]);
  });
});

describe('node: http.createServer', () => {
  it('writeHead + end goes chunked; end alone gets a Content-Length', () => {
    const src = "const http = require('http');\nhttp.createServer((req, res) => {\n  if (req.url === '/plain') { res.end('ok\\n'); return; }\n  res.writeHead(200, { 'Content-Type': 'text/plain' });\n  res.end('hi ' + req.url);\n}).listen(8080);\nconsole.log('up');\n";
    const r = start('current', { '/app/server.js': src });
    expect([r.stdout, r.listens]).toEqual(['up\n', ['8080/tcp']]);
    const a = r.http({ path: '/x', port: 8080 });
    expect([a.body, Object.keys(a.headers)]).toEqual(['hi /x', ['Content-Type', 'Date', 'Connection', 'Keep-Alive', 'Transfer-Encoding']]);
    const b = r.http({ path: '/plain', port: 8080 });
    expect([b.body, b.headers['Content-Length'], Object.keys(b.headers)]).toEqual(['ok\n', '3', ['Date', 'Connection', 'Keep-Alive', 'Content-Length']]);
  });
});

describe('node: a plain script', () => {
  it('prints with console.log formatting and exits 0', () => {
    const r = start('current', { '/app/server.js': "const xs = [1, 'a', { b: true }];\nconsole.log('n =', 2 + 3, xs);\nconsole.log({});\n" });
    expect([r.stdout, r.exitCode]).toEqual(["n = 5 [ 1, 'a', { b: true } ]\n{}\n", 0]);
  });

  it('node -e runs its code', () => {
    const r = runProgram(node, ['node', '-e', "console.log('hi', 1 + 1)"], { profile: 'current' });
    expect([r.stdout, r.exitCode]).toEqual(['hi 2\n', 0]);
  });

  it('exits 0 without stdin as the REPL', () => {
    expect(runProgram(node, ['node']).exitCode).toBe(0);
  });
});
