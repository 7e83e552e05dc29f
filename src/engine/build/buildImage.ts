// `docker build`'s daemon side: parse the Dockerfile, then run its instructions stage by stage
// against the cache, committing what each step makes. It all happens at once on the draft; the
// result is a timeline (steps with start times and durations) that the CLI plays out on the
// clock. Tags are applied by the caller when the played-out build ends (Ctrl-C leaves none).
import type { Ctx } from '../ctx';
import { isSimError } from '../errors';
import { newId } from '../ids';
import { lookupUnion } from '../fs/layeredVfs';
import { normalizePath, splitPath } from '../fs/path';
import { getLayerFiles } from '../images/layerFiles';
import type { Dockerfile, Instruction } from './dockerfile/dockerfileTypes';
import type { BuildContext } from './buildContext';
import type { BuildRequest, BuildResult, BuildStep } from './buildTypes';
import { chainKey, probeBuildKit, probeClassic, recordBuildKit } from './buildCache';
import { imageOfState, registerImage } from './commitImage';
import { fetchUrl } from './addUrl';
import { extractArchive } from './extractArchive';
import { lintDockerfile } from './lintDockerfile';
import { copyLayer, findSources, sourceHash, type CopySource } from './copyStep';
import { findStage, resolveFrom } from './fromStep';
import { BUILDKIT_COMMENT, copyCreatedBy, metadataCreatedBy, runCreatedBy, workdirCreatedBy } from './historyText';
import { applyMetadata, resolveCommand } from './metadataStep';
import { expandVars, parseDockerfile } from './parserApi';
import { runInBuildContainer, transientImage } from './runStep';
import { storeLayer, treeBytes } from './buildLayer';
import { planStages, type StagePlan } from './stagePlan';
import { cloneConfig, expansionEnv, stageFromImage, type StageState } from './stageState';
import type { FsDir } from '../fs/fsTypes';
import { utf8Length } from '../fs/tree';

const FS_KINDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'WORKDIR']);

class StepFailed extends Error {}

interface Run {
  ctx: Ctx;
  host: string;
  req: BuildRequest;
  context: BuildContext;
  result: BuildResult;
  stages: StageState[];
  /** ms from the build's start. */
  t: number;
}

/** BuildKit's `[stage i/N]` numbering: filesystem steps per stage. */
function vertexPlan(df: Dockerfile): Map<Instruction, { index: number; total: number; stage?: string }> {
  const plan = new Map<Instruction, { index: number; total: number; stage?: string }>();
  const stages: Instruction[][] = [];
  const fromOf: Extract<Instruction, { kind: 'FROM' }>[] = [];
  for (const ins of df.instructions) {
    if (ins.kind === 'FROM') fromOf.push(ins);
    if (ins.kind === 'FROM') stages.push([]);
    // BuildKit has no vertex for `FROM scratch`: the stage starts with its first real step.
    if (ins.kind === 'FROM' && ins.image === 'scratch') continue;
    if (stages.length && FS_KINDS.has(ins.kind)) stages[stages.length - 1].push(ins);
  }
  const multi = stages.length > 1;
  let si = 0;
  for (const list of stages) {
    const from = fromOf[si];
    const name = from.stage ?? `stage-${si}`;
    list.forEach((ins, i) => plan.set(ins, { index: i + 1, total: list.length, stage: multi ? name : undefined }));
    si++;
  }
  return plan;
}

function layersOf(ctx: Ctx, state: StageState): FsDir[] {
  const layers = [...state.layers].reverse().map((d) => getLayerFiles(ctx.world, d));
  // FROM scratch: an empty root, so that look-ups have a layer to walk.
  return layers.length ? layers : [{ t: 'd', mode: 0o755, mtime: 0, c: {} }];
}

function commitClassic(run: Run, state: StageState, step: BuildStep, createdBy: string, layer?: { digest: string; size: number }): void {
  const created = run.ctx.world.now + run.t;
  state.history.push({ created, createdBy, size: layer?.size ?? 0, emptyLayer: !layer });
  if (layer) state.layers.push(layer.digest);
  if (layer) run.result.newLayers.push(layer.digest);
  const image = imageOfState(run.ctx, state, state.imageId, created, String(created));
  state.imageId = registerImage(run.ctx, run.host, image);
  step.imageId = state.imageId;
  run.result.created.push({ imageId: state.imageId, at: run.t + step.durationMs });
}

/** Classic cache probe for the step about to commit; on a hit the stage moves to that image. */
function classicHit(run: Run, state: StageState, step: BuildStep, createdBy: string, config = state.config): boolean {
  if (run.req.noCache || state.missed) return false;
  const hit = probeClassic(run.ctx.world, run.host, state.imageId, state.history.length, createdBy, config);
  if (!hit) {
    state.missed = true;
    return false;
  }
  Object.assign(state, { imageId: hit.id, layers: [...hit.layers], config: cloneConfig(hit.config), history: hit.history.map((h) => ({ ...h })) });
  step.cached = true;
  step.imageId = hit.id;
  step.durationMs = 10;
  return true;
}

/** BuildKit cache for a filesystem step: on a hit the stored layer is appended. */
function buildKitStep(run: Run, state: StageState, step: BuildStep, descriptor: string, createdBy: string, make: () => { digest: string; size: number } | undefined): void {
  const key = chainKey(state.cacheKey, descriptor);
  const hit = run.req.noCache || state.missed ? undefined : probeBuildKit(run.ctx.world, run.host, key);
  let layer: { digest: string; size: number } | undefined;
  if (hit) {
    step.cached = true;
    step.durationMs = 0;
    layer = hit.layer ? { digest: hit.layer, size: hit.size } : undefined;
  } else {
    state.missed = true;
    layer = make();
    if (layer) run.result.newLayers.push(layer.digest);
    recordBuildKit(run.ctx.world, run.host, key, { layer: layer?.digest, size: layer?.size ?? 0, created: run.ctx.world.now + run.t, description: createdBy.replace(/ # buildkit$/, '') });
  }
  state.cacheKey = key;
  state.history.push({ created: run.ctx.world.now + run.t, createdBy, size: layer?.size ?? 0, emptyLayer: !layer, comment: BUILDKIT_COMMENT });
  if (layer) state.layers.push(layer.digest);
}

function runStep(run: Run, state: StageState, step: BuildStep, ins: Extract<Instruction, { kind: 'RUN' }>): void {
  const { ctx, host, req } = run;
  const argv = resolveCommand(ins.command, state.shell);
  const args = Object.fromEntries(Object.entries(state.args).filter(([k]) => !state.config.env.some((e) => e.startsWith(`${k}=`))));
  const createdBy = runCreatedBy(req.builder, argv, args);
  step.commandText = argv.join(' ');
  const execute = (): { digest: string; size: number } => {
    const base = req.builder === 'classic' && state.imageId ? ctx.world.hosts[host].daemon.images[state.imageId] : transientImage(`${state.cacheKey}:${run.t}`, state);
    const envList = [...state.config.env, ...Object.entries(args).map(([k, v]) => `${k}=${v}`)];
    const out = runInBuildContainer(ctx, host, base, argv, envList, req.builder === 'classic');
    step.containerId = out.containerId;
    step.output = out.output;
    step.durationMs = out.durationMs;
    step.exitCode = out.exitCode;
    if (out.exitCode !== 0 || !out.diff) {
      if (out.startError) run.result.failure = { kind: 'step', step: step.n, message: out.startError };
      else run.result.failure = { kind: 'run', step: step.n, command: argv.join(' '), exitCode: out.exitCode };
      throw new StepFailed();
    }
    return storeLayer(ctx, host, out.diff, `run:${out.containerId}`, createdBy);
  };
  if (req.builder === 'classic') {
    if (classicHit(run, state, step, createdBy)) return;
    commitClassic(run, state, step, createdBy, execute());
    return;
  }
  buildKitStep(run, state, step, `RUN ${createdBy} ${JSON.stringify([state.config.env, state.config.workingDir, state.config.user])}`, createdBy, execute);
}

function copyStep(run: Run, state: StageState, step: BuildStep, ins: Extract<Instruction, { kind: 'COPY' | 'ADD' }>): void {
  const { ctx, host, req } = run;
  const env = expansionEnv(state);
  const sourcesGiven = ins.sources.map((s) => expandVars(s, env));
  const isUrl = (src: string) => ins.kind === 'ADD' && /^https?:\/\//.test(src);
  const fetched: CopySource[] = [];
  for (const url of sourcesGiven.filter(isUrl)) {
    const got = fetchUrl(ctx, host, url, req.builder);
    if (!got.ok) {
      run.result.failure = { kind: 'step', step: step.n, message: got.message };
      throw new StepFailed();
    }
    fetched.push(got.source);
  }
  let layers: FsDir[] = [run.context.root];
  if (ins.from) {
    const stage = findStage(run.stages, ins.from);
    if (stage) layers = layersOf(ctx, stage);
    else {
      run.result.failure = { kind: 'step', step: step.n, message: `invalid from flag value ${ins.from}: pull access denied for ${ins.from}, repository does not exist or may require 'docker login'` };
      throw new StepFailed();
    }
  }
  const found = findSources(layers, sourcesGiven.filter((src) => !isUrl(src)));
  if (found.ok) found.sources.push(...fetched);
  if (!found.ok) {
    run.result.failure = { kind: 'step', step: step.n, message: `missing:${normalizePath(`/${found.missing}`)}` };
    throw new StepFailed();
  }
  const destWritten = expandVars(ins.dest, env);
  const dest = normalizePath(destWritten.startsWith('/') ? destWritten : `${state.config.workingDir || '/'}/${destWritten}`);
  const hash = sourceHash(found.sources);
  // ADD unpacks a local archive; the cache key stays the archive's own checksum.
  if (ins.kind === 'ADD') {
    found.sources = found.sources.map((src) => {
      if (fetched.includes(src)) return src;
      const tree = extractArchive(ctx.world, ctx.world.profile, src.node, ctx.world.now + run.t);
      return tree ? { ...src, node: tree } : src;
    });
  }
  const createdBy = copyCreatedBy(req.builder, state.shell, ins.kind, hash, sourcesGiven, destWritten);
  const make = () => {
    const existing = lookupUnion(layersOf(ctx, state), splitPath(dest));
    const files = copyLayer(found.sources, dest, destWritten, existing?.node.t === 'd', ctx.world.now + run.t);
    step.durationMs = 80;
    return storeLayer(ctx, host, files, `copy:${hash}:${dest}:${ins.from ?? ''}`, createdBy);
  };
  if (req.builder === 'classic') {
    if (classicHit(run, state, step, createdBy)) return;
    commitClassic(run, state, step, createdBy, make());
    return;
  }
  buildKitStep(run, state, step, `${ins.kind} ${hash} ${dest}`, createdBy, make);
}

function workdirStep(run: Run, state: StageState, step: BuildStep, ins: Extract<Instruction, { kind: 'WORKDIR' }>): void {
  const { ctx, host, req } = run;
  const path = expandVars(ins.path, expansionEnv(state));
  const resolved = normalizePath(path.startsWith('/') ? path : `${state.config.workingDir || '/'}/${path}`);
  state.config.workingDir = resolved;
  const createdBy = workdirCreatedBy(req.builder, state.shell, resolved);
  const make = () => {
    step.durationMs = 60;
    if (lookupUnion(layersOf(ctx, state), splitPath(resolved))) return undefined;
    const files: FsDir = { t: 'd', mode: 0o755, mtime: ctx.world.now + run.t, c: {} };
    let cur = files;
    for (const part of splitPath(resolved)) cur = cur.c[part] = { t: 'd', mode: 0o755, mtime: ctx.world.now + run.t, c: {} };
    return storeLayer(ctx, host, files, `workdir:${state.cacheKey}:${state.imageId}:${resolved}`, createdBy);
  };
  if (req.builder === 'classic') {
    if (classicHit(run, state, step, createdBy)) return;
    step.containerId = newId(ctx.world);
    commitClassic(run, state, step, createdBy, make());
    return;
  }
  buildKitStep(run, state, step, `WORKDIR ${resolved}`, createdBy, make);
}

function metadataStep(run: Run, state: StageState, step: BuildStep, ins: Instruction): void {
  const { ctx, req } = run;
  const next = { ...state, config: cloneConfig(state.config), shell: [...state.shell] };
  const message = applyMetadata(req.builder, next, ins, (w) => expandVars(w, expansionEnv(state)));
  state.shell = next.shell;
  state.cmdSet = next.cmdSet;
  if (message === undefined) {
    state.config = next.config;
    return;
  }
  if (req.builder === 'buildkit') {
    state.config = next.config;
    state.history.push({ created: ctx.world.now + run.t, createdBy: metadataCreatedBy('buildkit', state.shell, message), size: 0, emptyLayer: true, comment: BUILDKIT_COMMENT });
    return;
  }
  const createdBy = metadataCreatedBy('classic', state.shell, message);
  if (classicHit(run, state, step, createdBy, next.config)) return;
  state.config = next.config;
  step.containerId = newId(ctx.world);
  step.durationMs = 120;
  commitClassic(run, state, step, createdBy);
}

function argStep(run: Run, state: StageState | undefined, ins: Extract<Instruction, { kind: 'ARG' }>, globals: Record<string, string>, consumed: Set<string>): void {
  for (const arg of ins.args) {
    consumed.add(arg.name);
    const value = run.req.buildArgs[arg.name] ?? (arg.defaultValue !== undefined ? expandVars(arg.defaultValue, state ? expansionEnv(state) : globals) : globals[arg.name]);
    if (value === undefined) continue;
    if (state) state.args[arg.name] = value;
    else globals[arg.name] = value;
  }
}

function fromStep(run: Run, step: BuildStep, ins: Extract<Instruction, { kind: 'FROM' }>, globals: Record<string, string>): StageState {
  const name = expandVars(ins.image, globals);
  step.fromName = name;
  let res: ReturnType<typeof resolveFrom>;
  try {
    res = resolveFrom(run.ctx, run.host, name, run.stages, run.req.pull);
  } catch (e) {
    if (!isSimError(e)) throw e;
    run.result.failure = { kind: 'step', step: step.n, message: e.message };
    throw new StepFailed();
  }
  const stageName = ins.stage?.toLowerCase();
  if (res.kind === 'scratch') return stageFromImage(undefined, stageName, 'scratch');
  if (res.kind === 'stage') {
    const s = res.stage;
    step.imageId = s.imageId;
    return { ...s, name: stageName, layers: [...s.layers], config: cloneConfig(s.config), history: s.history.map((h) => ({ ...h })), args: {}, missed: s.missed, cmdSet: false };
  }
  step.imageId = res.image.id;
  step.fromRef = res.fullRef;
  if (res.pull) {
    step.pull = res.pull;
    step.durationMs = res.pull.durationMs;
  }
  return stageFromImage(res.image, stageName, `from:${res.image.id}`);
}

function dispatch(run: Run, df: Dockerfile, stages: StagePlan): StageState | undefined {
  const plan = vertexPlan(df);
  const globals: Record<string, string> = {};
  const consumed = new Set<string>();
  let state: StageState | undefined;
  let result: StageState | undefined;
  df.instructions.forEach((ins, i) => {
    const stage = stages.stageOf.get(ins);
    if (stage !== undefined && (stage > stages.final || !stages.run.has(stage))) {
      // A stage BuildKit does not need still names an index for `COPY --from=N`.
      if (ins.kind === 'FROM' && stage <= stages.final) {
        if (state) run.stages.push(state);
        state = stageFromImage(undefined, ins.stage?.toLowerCase(), `skipped:${stage}`);
      }
      return;
    }
    const step: BuildStep = { n: i + 1, instruction: ins, vertex: plan.get(ins), cached: false, startMs: run.t, durationMs: 0, output: [] };
    run.result.steps.push(step);
    if (ins.kind === 'FROM') {
      if (state) run.stages.push(state);
      state = fromStep(run, step, ins, globals);
      if (stage === stages.final) result = state;
    } else if (ins.kind === 'ARG') argStep(run, state, ins, globals, consumed);
    else if (!state) return;
    else if (ins.kind === 'RUN') runStep(run, state, step, ins);
    else if (ins.kind === 'COPY' || ins.kind === 'ADD') copyStep(run, state, step, ins);
    else if (ins.kind === 'WORKDIR') workdirStep(run, state, step, ins);
    else metadataStep(run, state, step, ins);
    if (ins.kind === 'ARG' && state) metadataStep(run, state, step, ins);
    run.t += step.durationMs;
  });
  run.result.unusedArgs = Object.keys(run.req.buildArgs).filter((k) => !consumed.has(k)).sort();
  return result;
}

export function buildImage(ctx: Ctx, host: string, req: BuildRequest, context: BuildContext): BuildResult {
  const result: BuildResult = {
    contextSize: context.size,
    dockerfileSize: utf8Length(context.dockerfileText),
    dockerignoreSize: utf8Length(context.dockerignoreText),
    dockerfileName: context.dockerfileName,
    dockerfileText: context.dockerfileText,
    total: 0,
    steps: [],
    created: [],
    unusedArgs: [],
    warnings: [],
    newLayers: [],
    lintWarnings: [],
    durationMs: 0,
    transferredContext: treeBytes(context.root),
  };
  const parsed = parseDockerfile(context.dockerfileText, req.builder === 'classic' ? 'classic' : 'current');
  if (!parsed.ok) {
    result.failure = { kind: 'parse', line: parsed.error.line, message: parsed.error.message, origin: parsed.error.origin };
    return result;
  }
  const df = parsed.dockerfile;
  const labels = Object.entries(req.labels ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (req.builder === 'classic' && labels.length) {
    // The 18.03 builder appends the labels to the Dockerfile as one more instruction (NodeFromLabels).
    const line = (df.instructions[df.instructions.length - 1]?.endLine ?? 0) + 1;
    df.instructions.push({ kind: 'LABEL', pairs: labels, original: `LABEL ${labels.map(([k, v]) => `${JSON.stringify(k)}='${v}'`).join(' ')}`, line, endLine: line });
  }
  result.total = df.instructions.length;
  result.warnings = [...df.warnings];
  if (req.builder === 'buildkit') result.lintWarnings = lintDockerfile(df);
  const stages = planStages(df, req.builder, req.target);
  if ('missingTarget' in stages) {
    const message = req.builder === 'classic' ? `failed to reach build target ${stages.missingTarget} in Dockerfile` : `target stage "${stages.missingTarget}" could not be found`;
    result.failure = { kind: 'parse', line: 0, message, origin: 'stage' };
    return result;
  }
  const run: Run = { ctx, host, req, context, result, stages: [], t: 0 };
  let state: StageState | undefined;
  try {
    state = dispatch(run, df, stages);
  } catch (e) {
    if (!(e instanceof StepFailed)) throw e;
    // The failing step took its time too.
    run.t += result.steps[result.steps.length - 1]?.durationMs ?? 0;
  }
  result.durationMs = run.t;
  if (result.failure || !state) return result;
  if (req.builder === 'classic') {
    result.imageId = state.imageId;
    return result;
  }
  // BuildKit's exporter sets --label on the image config; no history line.
  for (const [k, v] of labels) state.config.labels[k] = v;
  const image = imageOfState(ctx, state, '', ctx.world.now + run.t, '');
  result.reused = !!ctx.world.hosts[host].daemon.images[image.id];
  result.imageId = registerImage(ctx, host, image);
  if (!result.reused) result.created.push({ imageId: image.id, at: run.t });
  return result;
}
