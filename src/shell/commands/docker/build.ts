// `docker build [OPTIONS] PATH`: the CLI reads the context on its own host (the student's files,
// even when DOCKER_HOST points at a docker-machine VM), the daemon builds, and the output is
// played out on the clock in the era's builder format (classic steps, or BuildKit's view).
import { buildImage, ignoreRules, isContextProblem, readBuildContext, type BuilderKind, type ContextProblem } from '../../../engine/build';
import { isSimError } from '../../../engine/errors';
import { resolvePath } from '../../../engine/fs/path';
import { parseReference } from '../../../engine/images';
import { tick } from '../../../engine/tick';
import { BUILD_JOB, finishBuild, type BuildJobData } from '../../jobs/dockerJobs/buildJob';
import { canPlayPull } from '../../jobs/dockerJobs/pullJob';
import type { CommandContext } from '../../types';
import { classicChunks } from './buildClassicOutput';
import { buildKitPlan } from './buildKitOutput';
import { plainChunks } from './buildKitPlain';
import { buildSpec } from './buildSpec';
import { buildxBuildSpec } from './buildxBuildSpec';
import type { DockerSubcommand } from './subcommand';

function contextError(p: ContextProblem, builder: BuilderKind, given: string, file = 'Dockerfile'): string {
  if (builder === 'buildkit') {
    if (p.kind === 'contextMissing' || p.kind === 'contextNotDir') return `ERROR: unable to prepare context: path "${given}" not found`;
    return `ERROR: failed to solve: failed to read dockerfile: open ${file}: no such file or directory`;
  }
  switch (p.kind) {
    case 'contextMissing':
      return `unable to prepare context: unable to evaluate symlinks in context path: lstat ${p.lstat}: no such file or directory`;
    case 'contextNotDir':
      return `unable to prepare context: context must be a directory: ${p.path}`;
    case 'dockerfileMissing':
      return `unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat ${p.lstat}: no such file or directory`;
    default:
      return `unable to prepare context: unable to evaluate symlinks in Dockerfile path: ${p.path}: is a directory`;
  }
}

/** Contexts the simulator cannot reach: a Git or HTTP URL, or a tar/Dockerfile on stdin. */
function unsupportedContext(given: string): string | undefined {
  if (/^(https?|git|ssh):\/\/|^git@|^github\.com\//.test(given)) {
    return `docker build: this simulator cannot fetch a build context from a URL (${given}).\nCopy the files into a folder here and build that folder: docker build -t NAME FOLDER\n`;
  }
  if (given === '-') return 'docker build: this simulator cannot read a build context or Dockerfile from stdin (-).\nWrite the Dockerfile into a folder and build that folder: docker build -t NAME FOLDER\n';
  return undefined;
}

function parseBuildArgs(cx: CommandContext, values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const i = v.indexOf('=');
    // `--build-arg NAME` takes the value from the client's environment.
    if (i < 0) {
      if (Object.hasOwn(cx.frame.env, v)) out[v] = cx.frame.env[v];
    } else out[v.slice(0, i)] = v.slice(i + 1);
  }
  return out;
}

export const buildCommand: DockerSubcommand = {
  spec: buildSpec,
  currentSpec: buildxBuildSpec,
  run(cx, args) {
    const msg = cx.profile.build;
    const legacy = cx.frame.env.DOCKER_BUILDKIT === '0';
    const builder: BuilderKind = legacy ? 'classic' : msg.defaultBuilder;
    const given = args.positionals[0];
    const unsupported = unsupportedContext(given);
    if (unsupported) {
      cx.err(unsupported);
      return 1;
    }
    const cliHost = cx.frame.host ?? cx.terminal.host;
    const home = cx.ctx.world.hosts[cliHost].home;
    const contextDir = resolvePath(cx.frame.cwd, given, home);
    const fileFlag = typeof args.flags.file === 'string' ? args.flags.file : undefined;
    const dockerfilePath = fileFlag ? resolvePath(cx.frame.cwd, fileFlag, home) : `${contextDir === '/' ? '' : contextDir}/Dockerfile`;
    const tags: string[] = [];
    for (const t of (args.flags.tag as string[] | undefined) ?? []) {
      try {
        const ref = parseReference(cx.ctx.world, t);
        tags.push(`${ref.repo}:${ref.tag}`);
      } catch (e) {
        if (!isSimError(e)) throw e;
        cx.err(`invalid argument "${t}" for "-t, --tag" flag: ${e.message}\nSee 'docker build --help'.\n`);
        return 125;
      }
    }
    if (builder === 'classic' && msg.legacyBanner) cx.err(msg.legacyBanner);
    const context = readBuildContext(cx.ctx.world, cliHost, contextDir, dockerfilePath, ignoreRules);
    if (isContextProblem(context)) {
      cx.err(`${contextError(context, builder, given, fileFlag?.slice(fileFlag.lastIndexOf('/') + 1))}\n`);
      return 1;
    }
    const labels: Record<string, string> = {};
    for (const l of (args.flags.label as string[] | undefined) ?? []) {
      const i = l.indexOf('=');
      labels[i < 0 ? l : l.slice(0, i)] = i < 0 ? '' : l.slice(i + 1);
    }
    const startedAt = cx.ctx.world.now;
    const result = buildImage(cx.ctx, cx.host, { contextHost: cliHost, contextDir, dockerfilePath, tags, buildArgs: parseBuildArgs(cx, (args.flags['build-arg'] as string[] | undefined) ?? []), noCache: args.flags['no-cache'] === true, labels, pull: args.flags.pull === true, builder, target: typeof args.flags.target === 'string' ? args.flags.target : undefined }, context);
    const data: BuildJobData = { chunks: [], next: 0, durationMs: 0, exitCode: 0, imageId: result.imageId, tags, created: result.created, drawn: 0, host: cx.host, newLayers: result.newLayers };
    if (typeof args.flags.iidfile === 'string' && args.flags.iidfile !== '') data.iidfile = { host: cliHost, path: resolvePath(cx.frame.cwd, args.flags.iidfile, home) };
    if (args.flags.quiet === true) {
      // -q: only the image id, or the failure.
      const classic = classicChunks(result, tags, msg);
      const plan = builder === 'buildkit' ? buildKitPlan(result, tags) : undefined;
      const failure = plan ? [{ at: plan.durationMs, stream: 'stderr' as const, text: plan.quietTail }] : classic.chunks.filter((c) => c.stream === 'stderr');
      const ok = classic.exitCode === 0;
      Object.assign(data, { durationMs: plan?.durationMs ?? result.durationMs, exitCode: classic.exitCode });
      data.chunks = ok ? [{ at: data.durationMs, stream: 'stdout', text: `sha256:${result.imageId}\n` }] : failure;
    } else if (builder === 'classic') {
      const out = classicChunks(result, tags, msg);
      Object.assign(data, { chunks: out.chunks, exitCode: out.exitCode, durationMs: result.durationMs });
    } else {
      const plan = buildKitPlan(result, tags);
      Object.assign(data, { exitCode: plan.exitCode, durationMs: plan.durationMs });
      // `auto` draws the view on a terminal and falls back to plain lines without one.
      const progress = typeof args.flags.progress === 'string' ? args.flags.progress : 'auto';
      if (progress === 'plain' || (progress === 'auto' && !cx.isTty)) data.chunks = plainChunks(plan.view, plan.tail);
      else {
        data.view = plan.view;
        data.tail = plan.tail;
      }
    }
    if (canPlayPull(cx) && data.durationMs > 0) {
      cx.startJob({ kind: BUILD_JOB, startedAt, data });
      return 0;
    }
    tick(cx.ctx, data.durationMs);
    finishBuild({ ctx: cx.ctx, out: cx.out, err: cx.err }, data, data.durationMs);
    return data.exitCode;
  },
};
