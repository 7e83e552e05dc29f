// npm start / test / run in a node container as its own process, in both eras: the banner per npm
// version, npm's failure lines, and `npm start` handing the process to the server it starts.
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../../engine/createWorld';
import type { ProfileName, World } from '../../../../engine/world';
import '../../../index';
import { type, typeAll } from '../../../testing/shellHarness';

const PKG = String.raw`printf '{\n  "name": "app",\n  "version": "1.0.0",\n  "scripts": {\n    "start": "node server.js",\n    "test": "echo \"Error: no test specified\" && exit 1",\n    "hi": "echo hello"\n  }\n}\n' > package.json`;
const SERVER = String.raw`printf 'const http = require("http");\nhttp.createServer((req, res) => res.end("hi\\n")).listen(3000);\nconsole.log("listening");\n' > server.js`;
const RUN = 'docker run --rm -v /home/docker/app:/app -w /app node';

function project(profile: ProfileName): World {
  return typeAll(createWorld({ profile }), ['docker pull node', 'mkdir app', 'cd app', PKG, SERVER]).world;
}

describe('npm scripts, npm 11 (node 25)', () => {
  const w = project('current');

  it('runs a script after its banner', () => {
    expect(type(w, `${RUN} npm run hi`).all).toBe('\n> app@1.0.0 hi\n> echo hello\n\nhello\n');
  });

  it('npm test with the default test script fails with npm error lines', () => {
    const r = type(w, `${RUN} npm test`);
    expect(r.stdout).toBe('\n> app@1.0.0 test\n> echo "Error: no test specified" && exit 1\n\nError: no test specified\n');
    expect(r.stderr).toBe(
      'npm error code 1\nnpm error path /app\nnpm error command failed\nnpm error command sh -c echo "Error: no test specified" && exit 1\n' +
        'npm error A complete log of this run can be found in: /root/.npm/_logs/2026-01-15T10_00_20_014Z-debug-0.log\n',
    );
    expect(r.exitCode).toBe(1);
  });

  it('names a missing script', () => {
    expect(type(w, `${RUN} npm run nope`).stderr).toBe(
      'npm error Missing script: "nope"\nnpm error\nnpm error To see a list of scripts, run:\nnpm error   npm run\nnpm error A complete log of this run can be found in: /root/.npm/_logs/2026-01-15T10_00_20_014Z-debug-0.log\n',
    );
  });

  it('npm start hands the container to node server.js', () => {
    const after = type(w, 'docker run -d --name srv -v /home/docker/app:/app -w /app node npm start').world;
    expect(type(after, 'docker logs srv').all).toBe('\n> app@1.0.0 start\n> node server.js\n\nlistening\n');
    expect(type(after, 'docker top srv').stdout.split('\n')[1]).toMatch(/ node server\.js$/);
  });
});

describe('npm scripts, npm 5.6 (node 10, 2018)', () => {
  const w = project('classic');

  it('puts the directory in the banner and says Test failed', () => {
    const r = type(w, `${RUN} npm test`);
    expect(r.stdout).toBe('\n> app@1.0.0 test /app\n> echo "Error: no test specified" && exit 1\n\nError: no test specified\n');
    expect(r.stderr).toBe('npm ERR! Test failed.  See above for more details.\n');
    expect(r.exitCode).toBe(1);
  });

  it('reports a missing package.json', () => {
    expect(type(w, 'docker run --rm node npm start').stderr).toBe(
      "npm ERR! path /package.json\nnpm ERR! code ENOENT\nnpm ERR! errno -2\nnpm ERR! syscall open\nnpm ERR! enoent ENOENT: no such file or directory, open '/package.json'\n" +
        'npm ERR! enoent This is related to npm not being able to find a file.\nnpm ERR! enoent \n\nnpm ERR! A complete log of this run can be found in:\nnpm ERR!     /root/.npm/_logs/2018-05-20T10_00_10_811Z-debug.log\n',
    );
  });
});
