import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../engine/createWorld';
import { type } from '../../testing/shellHarness';

describe('the Python REPL of docker run -it python', () => {
  it('prints the banner, echoes values, keeps names, prints REPL tracebacks and leaves with exit()', () => {
    let w = createWorld({ profile: 'current' });
    const start = type(w, 'docker run -it python:3.12-slim python');
    expect(start.stdout.endsWith('Python 3.12.12 (main, Dec  9 2025, 02:41:26) [GCC 14.2.0] on linux\nType "help", "copyright", "credits" or "license" for more information.\n')).toBe(true);
    expect(start.prompt).toBe('>>> ');
    w = start.world;
    const lines: [string, string, string][] = [
      ['1+2', '3\n', ''],
      ['x = 5', '', ''],
      ['x * 3', '15\n', ''],
      ['print("hi")', 'hi\n', ''],
      ['"a" + "b"', "'ab'\n", ''],
      ['y', '', "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nNameError: name 'y' is not defined\n"],
    ];
    for (const [line, out, err] of lines) {
      const r = type(w, line);
      expect([line, r.stdout, r.stderr]).toEqual([line, out, err]);
      w = r.world;
    }
    const done = type(w, 'exit()');
    expect(done.prompt).toBe('docker@default:~$ ');
    expect(type(done.world, 'docker ps -a --format "{{.Status}}"').stdout).toMatch(/^Exited \(0\)/);
  });

  it('shows a block as continuation lines and says honestly that it does not run it', () => {
    let w = type(createWorld({ profile: 'current' }), 'docker run -it python:3.12-slim python').world;
    const first = type(w, 'for i in range(3):');
    expect(first.prompt).toBe('... ');
    w = type(first.world, '  print(i)').world;
    const end = type(w, '');
    expect([end.stdout, end.stderr, end.prompt]).toEqual([
      '',
      "pathshala: this simulator's Python REPL runs one line at a time; put blocks in a file and run it with python FILE\n",
      '>>> ',
    ]);
  });
});
