// Drive `docker …` through the dispatcher in tests: one world, many command lines.
import { createWorld } from '../../../engine/createWorld';
import type { ProfileName, World } from '../../../engine/world';
import { dockerCommand } from './index';
import { makeTestContext } from './testHelpers';

export interface DockerRun {
  code: number;
  out: string;
  err: string;
}

export interface DockerSession {
  world: World;
  docker(line: string, stdin?: string): DockerRun;
}

/** Words split on blanks; single quotes group (enough for test command lines). */
function words(line: string): string[] {
  return (line.match(/'[^']*'|\S+/g) ?? []).map((w) => (w.startsWith("'") ? w.slice(1, -1) : w));
}

export function dockerSession(profile: ProfileName, world: World = createWorld({ profile })): DockerSession {
  return {
    world,
    docker(line, stdin = '') {
      const t = makeTestContext(world, { stdin });
      const code = dockerCommand.run(t.cx, words(line));
      return { code, out: t.stdout(), err: t.stderr() };
    },
  };
}
