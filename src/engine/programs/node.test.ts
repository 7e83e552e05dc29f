import { describe, expect, it } from 'vitest';
import { runProgram } from './fakeProgramApi';
import { node } from './node';
import './registry';

describe('node', () => {
  it('exits 0 without stdin', () => {
    expect(runProgram(node, ['node']).exitCode).toBe(0);
  });

  it('listens when the script starts a server', () => {
    const r = runProgram(node, ['node', 'server.js'], { files: { '/server.js': 'require("http").createServer(h).listen(3000);\n' } });
    expect([r.listens, r.exitCode]).toEqual([['3000/tcp'], undefined]);
  });
});
