// Fixtures for builder tests: a world with busybox-like images (containers/testSupport), a
// context written into the host's home, and a stand-in script runner (the real one lives in the
// shell, which the engine may not import) that knows `echo TEXT > FILE`, `exit N` and nothing else.
import type { Ctx } from '../ctx';
import { testWorld } from '../containers/testSupport';
import { containerVfs } from '../fs/containerVfs';
import { hostVfs } from '../fs/hostVfs';
import { registerScriptRunner } from '../programs/scriptRunner';
import type { ProfileName } from '../world';
import type { BuilderKind, BuildResult } from './buildTypes';
import { buildImage } from './buildImage';
import { isContextProblem, readBuildContext } from './buildContext';
import { ignoreRules } from './parserApi';

export const CONTEXT_DIR = '/home/docker/ctx';

registerScriptRunner({
  run(ctx, host, containerId, argv) {
    const script = argv[0] === '/bin/sh' && argv[1] === '-c' ? argv[2] : argv.join(' ');
    const echo = /^echo (.*) > (\S+)$/.exec(script);
    if (echo) {
      containerVfs(ctx.world, host, containerId).writeFile(echo[2], `${echo[1]}\n`);
      return { output: [], exitCode: 0 };
    }
    const exit = /^exit (\d+)$/.exec(script);
    if (exit) return { output: [], exitCode: Number(exit[1]) };
    if (script.startsWith('echo ')) return { output: [{ stream: 'stdout', text: `${script.slice(5)}\n` }], exitCode: 0 };
    const word = script.split(' ')[0];
    return { output: [{ stream: 'stderr', text: `sh: ${word}: not found\n` }], exitCode: 127 };
  },
});

export function builderWorld(profile: ProfileName = 'classic'): Ctx {
  return testWorld(profile);
}

/** Writes the context files (path relative to the context → text) into the host's home. */
export function writeContext(ctx: Ctx, files: Record<string, string>): void {
  const vfs = hostVfs(ctx.world, 'default');
  for (const [path, text] of Object.entries(files)) {
    const full = `${CONTEXT_DIR}/${path}`;
    vfs.mkdir(full.slice(0, full.lastIndexOf('/')), { parents: true });
    vfs.writeFile(full, text);
  }
}

export function build(ctx: Ctx, builder: BuilderKind, opts: { buildArgs?: Record<string, string>; noCache?: boolean; dockerfile?: string; target?: string } = {}): BuildResult {
  const dockerfilePath = `${CONTEXT_DIR}/${opts.dockerfile ?? 'Dockerfile'}`;
  const context = readBuildContext(ctx.world, 'default', CONTEXT_DIR, dockerfilePath, ignoreRules);
  if (isContextProblem(context)) throw new Error(context.kind);
  return buildImage(ctx, 'default', { contextHost: 'default', contextDir: CONTEXT_DIR, dockerfilePath, tags: [], buildArgs: opts.buildArgs ?? {}, noCache: !!opts.noCache, builder, target: opts.target }, context);
}
