// `docker ps` renders its built-in layouts (table, -q, -s) without the template engine; this
// checks them byte for byte against the same layouts written as --format templates.
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../engine/createWorld';
import type { ProfileName, World } from '../../../engine/world';
import { advance, runLine } from '../../index';

function session(profile: ProfileName) {
  let world: World = createWorld({ profile });
  return (line: string): string => {
    let o = runLine(world, 't1', line);
    let text = o.output.map((c) => c.text).join('');
    // Foreground jobs (docker stop's wait, sleep) run to their end.
    while (o.running) {
      o = advance(o.world, 't1', 1000);
      text += o.output.map((c) => c.text).join('');
    }
    world = o.world;
    return text;
  };
}

const TABLE = 'table {{.ID}}\\t{{.Image}}\\t{{.Command}}\\t{{.RunningFor}}\\t{{.Status}}\\t{{.Ports}}\\t{{.Names}}';

describe('docker ps built-in layouts', () => {
  for (const profile of ['classic', 'current'] as const) {
    it(`match their templates (${profile})`, () => {
      const sh = session(profile);
      sh('docker pull busybox');
      sh('docker run -d --name web -p 8080:80 -p 53:53/udp --label tier=front busybox sleep 1000');
      sh('docker run -d --name app --link web:backend busybox sleep 1000');
      sh('docker run --name wide busybox echo 你好世界你好世界你好世界 "a b"');
      sh('docker create --name idle busybox sh -c "echo \\"quoted\\""');
      const cases: [string, string][] = [
        ['docker ps', `docker ps --format '${TABLE}'`],
        ['docker ps -a', `docker ps -a --format '${TABLE}'`],
        ['docker ps -a --no-trunc', `docker ps -a --no-trunc --format '${TABLE}'`],
        ['docker ps -as', `docker ps -a --format '${TABLE}\\t{{.Size}}'`],
        ['docker ps -aq', "docker ps -a --format '{{.ID}}'"],
        ['docker ps -q --no-trunc', "docker ps --no-trunc --format '{{.ID}}'"],
        ['docker ps -f name=nothing', `docker ps -f name=nothing --format '${TABLE}'`],
      ];
      for (const [fast, templated] of cases) expect(sh(fast), fast).toBe(sh(templated));
      // The rows really cover what the fast path must get right: links, quoting, wide text, ports.
      const table = sh('docker ps -a --no-trunc');
      expect(table.split('\n').map((l) => l.replace(/\s+$/, '').split(/\s{2,}/).pop())).toEqual(['NAMES', 'idle', 'wide', 'app', 'web,app/backend', '']);
      expect(sh('docker ps -a')).toContain('"echo 你好世界你好世…"');
      expect(sh('docker ps -a')).toContain(`"sh -c 'echo \\"quoted…"`);
      expect(sh('docker ps')).toContain('0.0.0.0:53->53/udp');
      // Cells kept per container must follow renames, stops and the clock.
      sh('docker rename app renamed');
      sh('docker stop web');
      sh('sleep 90');
      for (const [fast, templated] of cases) expect(sh(fast), fast).toBe(sh(templated));
      expect(sh('docker ps -a --format "{{.Names}} {{.Status}}"')).toMatch(/^idle Created\nwide Exited \(0\) About a minute ago\nrenamed Up About a minute\nweb Exited \(137\) About a minute ago\n$/);
    });
  }
});
