// Which stages a build runs: the classic builder runs every stage in order up to the target
// (the last one by default); BuildKit runs only the stages the target needs (through
// `FROM <stage>` and `COPY --from=<stage>`), skipping the rest.
import type { Dockerfile, Instruction } from './dockerfile/dockerfileTypes';
import type { BuilderKind } from './buildTypes';

export interface StagePlan {
  /** Stage index of each instruction after the first FROM. */
  stageOf: Map<Instruction, number>;
  /** Stages to run. */
  run: Set<number>;
  /** The stage whose result is the image. */
  final: number;
}

export function planStages(df: Dockerfile, builder: BuilderKind, target: string | undefined): StagePlan | { missingTarget: string } {
  const stageOf = new Map<Instruction, number>();
  const names: (string | undefined)[] = [];
  const deps: Set<number>[] = [];
  const byRef = (ref: string, before: number): number | undefined => {
    const i = names.findIndex((n, idx) => idx < before && n === ref.toLowerCase());
    if (i >= 0) return i;
    return /^\d+$/.test(ref) && Number(ref) < before ? Number(ref) : undefined;
  };
  let current = -1;
  for (const ins of df.instructions) {
    if (ins.kind === 'FROM') {
      current++;
      names.push(ins.stage?.toLowerCase());
      deps.push(new Set());
      const base = byRef(ins.image, current);
      if (base !== undefined) deps[current].add(base);
    } else if (current >= 0 && (ins.kind === 'COPY' || ins.kind === 'ADD') && ins.from) {
      const from = byRef(ins.from, current);
      if (from !== undefined) deps[current].add(from);
    }
    if (current >= 0) stageOf.set(ins, current);
  }
  let final = names.length - 1;
  if (target !== undefined) {
    final = names.indexOf(target.toLowerCase());
    if (final < 0) return { missingTarget: target };
  }
  const run = new Set<number>();
  if (builder === 'classic') {
    for (let i = 0; i <= final; i++) run.add(i);
  } else {
    const visit = (i: number) => {
      if (run.has(i)) return;
      run.add(i);
      deps[i].forEach(visit);
    };
    visit(final);
  }
  return { stageOf, run, final };
}
