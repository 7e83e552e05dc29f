import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../../engine/createWorld';
import type { World } from '../../../../engine/world';
import { type, typeAll } from '../../../testing/shellHarness';
import { typeToEnd } from '../pkgTesting';

function nodeShell(profile: 'classic' | 'current'): World {
  return typeAll(createWorld({ profile }), ['docker run -it --name box --entrypoint bash node', 'mkdir /app', 'cd /app']).world;
}

const NOTICE = 'npm notice\nnpm notice New minor version of npm available! 11.6.2 -> 11.7.0\nnpm notice Changelog: https://github.com/npm/cli/releases/tag/v11.7.0\nnpm notice To update run: npm install -g npm@11.7.0\nnpm notice\n';

describe('npm 5.6 in node:10 (classic)', () => {
  it('writes package.json with init -y, installs express with the lockfile notice and the missing-field warnings', () => {
    const init = type(nodeShell('classic'), 'npm init -y');
    expect(init.stdout).toBe(
      'Wrote to /app/package.json:\n\n{\n  "name": "app",\n  "version": "1.0.0",\n  "description": "",\n  "main": "index.js",\n  "scripts": {\n    "test": "echo \\"Error: no test specified\\" && exit 1"\n  },\n  "keywords": [],\n  "author": "",\n  "license": "ISC"\n}\n\n\n',
    );
    const r = typeToEnd(init.world, 'npm install express');
    expect(r.stderr).toBe('npm notice created a lockfile as package-lock.json. You should commit this file.\nnpm WARN app@1.0.0 No description\nnpm WARN app@1.0.0 No repository field.\n');
    expect(r.stdout).toBe('\n+ express@4.16.3\nadded 50 packages in 3.35s\n');
    expect(r.tookMs).toBe(3350);
    expect(type(r.world, 'cat node_modules/express/package.json').stdout).toBe('{\n  "name": "express",\n  "version": "4.16.3",\n  "main": "index.js"\n}\n');
    expect(type(r.world, 'tail -4 package.json').stdout).toBe('  "dependencies": {\n    "express": "^4.16.3"\n  }\n}\n');
    expect(typeToEnd(r.world, 'npm install').stdout).toBe('up to date in 0.24s\n');
  });

  it('reports an unknown package', () => {
    const r = typeToEnd(nodeShell('classic'), 'npm install nosuchpkg-zz');
    expect([r.stderr.split('\n').slice(0, 4), r.exitCode]).toEqual([['npm ERR! code E404', 'npm ERR! 404 Not Found: nosuchpkg-zz@latest', '', 'npm ERR! A complete log of this run can be found in:'], 1]);
  });
});

describe('npm 11 in node:25 (current)', () => {
  it('installs the dependencies package.json lists, with the audit, funding and update notice', () => {
    const w = typeAll(nodeShell('current'), ['npm init -y', 'npm install express']).world;
    const again = typeToEnd(typeAll(w, ['rm -r node_modules']).world, 'npm install');
    expect(again.stdout).toBe('\nadded 64 packages, and audited 65 packages in 4s\n\n14 packages are looking for funding\n  run `npm fund` for details\n\nfound 0 vulnerabilities\n');
    expect(again.stderr).toBe(NOTICE);
    expect(typeToEnd(again.world, 'npm install').stdout).toBe('\nup to date, audited 65 packages in 240ms\n\n14 packages are looking for funding\n  run `npm fund` for details\n\nfound 0 vulnerabilities\n');
    expect(type(again.world, 'ls node_modules/express').stdout).toBe('index.js  package.json\n');
  });

  it('fails to reach the registry without a network', () => {
    const w = typeAll(createWorld({ profile: 'current' }), ['docker run -it --name box --network none --entrypoint bash node']).world;
    const r = typeToEnd(w, 'npm install express');
    expect(r.stderr.split('\n').slice(0, 4)).toEqual([
      'npm error code EAI_AGAIN',
      'npm error syscall getaddrinfo',
      'npm error errno EAI_AGAIN',
      'npm error request to https://registry.npmjs.org/express failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org',
    ]);
    expect(r.exitCode).toBe(1);
    expect(type(r.world, 'ls node_modules').exitCode).toBe(2);
  });
});
