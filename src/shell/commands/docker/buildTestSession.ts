// A terminal session for build tests: a context with a small Dockerfile, busybox pulled.
import { advance, interrupt, runLine, type LineOutcome } from '../../index';
import { createWorld } from '../../../engine/createWorld';
import type { ProfileName, World } from '../../../engine/world';

const SETUP = [
  'mkdir -p ctx/app',
  'cd ctx',
  "printf 'print(1)\\n' > app/main.py",
  "printf 'FROM busybox\\nWORKDIR /app\\nCOPY app /app\\nRUN echo built\\nCMD [\"sh\"]\\n' > Dockerfile",
];

export interface Session {
  world: World;
  /** Runs a line to the end of its job: the text a transcript keeps, and the transient frames. */
  type(line: string, opts?: { cols?: number; interruptAfter?: number }): { text: string; transient: string[]; exitCode: number };
}

export function session(profile: ProfileName): Session {
  let world = createWorld({ profile });
  const s: Session = {
    get world() {
      return world;
    },
    type(line, opts = {}) {
      let text = '';
      const transient: string[] = [];
      const take = (o: LineOutcome) => {
        world = o.world;
        for (const c of o.output) {
          if (c.transient) transient.push(c.text);
          else text += c.text;
        }
        return o;
      };
      let o = take(runLine(world, 't1', line));
      let waited = 0;
      while (o.running) {
        if (opts.interruptAfter !== undefined && waited >= opts.interruptAfter) {
          o = take(interrupt(world, 't1'));
          break;
        }
        o = take(advance(world, 't1', 500, { cols: opts.cols }));
        waited += 500;
      }
      return { text, transient, exitCode: o.exitCode };
    },
  };
  for (const l of SETUP) s.type(l);
  s.type('docker pull -q busybox');
  return s;
}
