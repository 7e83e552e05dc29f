// Compound commands: ( list ), { list; }, if, while/until, for, case. Each one that is cut short
// by a foreground job records in rt.kont how to go on (continue* below take over from there).
import type { CaseCommand, CompoundCommand, ForCommand, IfCommand, WhileCommand } from '../ast';
import { expandString, expandWords, matchPattern } from '../expand';
import { expandEnvOf, inSubshell, runScript } from '../interpreter';
import { applyRedirects, setsStdin, type Io } from './redirects';
import { LOOP_STEP_LIMIT, LoopControl, LoopLimit, type Runtime } from './runtime';

export function runCompound(rt: Runtime, cmd: CompoundCommand, io: Io): number {
  let inner = io;
  if (cmd.redirects.length > 0) {
    const r = applyRedirects(rt, expandEnvOf(rt, io), cmd.redirects, io);
    if (typeof r === 'number') return r;
    inner = r;
  }
  const code = runBody(rt, cmd, inner);
  if (rt.jobStarted && cmd.redirects.length > 0) {
    rt.kont.push({ k: 'io', redirects: cmd.redirects, input: setsStdin(cmd.redirects) ? (inner.input?.text ?? '') : null });
  }
  return code;
}

function runBody(rt: Runtime, cmd: CompoundCommand, io: Io): number {
  switch (cmd.t) {
    case 'subshell':
      return inSubshell(rt, () => runScript(rt, cmd.body, io));
    case 'group':
      return runScript(rt, cmd.body, io);
    case 'if':
      return continueIf(rt, cmd, 0, undefined, io);
    case 'while':
      return continueWhile(rt, cmd, 0, undefined, io);
    case 'for': {
      const values = cmd.values ? expandWords(expandEnvOf(rt, io), cmd.values) : [];
      return continueFor(rt, cmd, values, 0, 0, io);
    }
    case 'case':
      return runCase(rt, cmd, io);
  }
}

/** From clause `from` on; `condCode` is that clause's condition result when it already ran. */
export function continueIf(rt: Runtime, node: IfCommand, from: number, condCode: number | undefined, io: Io): number {
  for (let c = from; c < node.clauses.length; c++) {
    const clause = node.clauses[c];
    const code = c === from && condCode !== undefined ? condCode : runScript(rt, clause.cond, io);
    if (rt.jobStarted) {
      rt.kont.push({ k: 'if', node, clause: c });
      return code;
    }
    if (code === 0) return runScript(rt, clause.body, io);
  }
  return node.orElse ? runScript(rt, node.orElse, io) : 0;
}

function countStep(rt: Runtime): void {
  rt.loopSteps++;
  if (rt.loopSteps > LOOP_STEP_LIMIT) throw new LoopLimit();
}

function inLoop(rt: Runtime, body: () => number): number {
  rt.loopDepth++;
  try {
    return body();
  } finally {
    rt.loopDepth--;
  }
}

/**
 * Runs one pass of a loop body. `break`/`continue` aimed at this loop come back as 'break' or
 * 'continue'; aimed further out they go on unwinding with one level less.
 */
export function loopBody(run: () => number): number | 'break' | 'continue' {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof LoopControl)) throw e;
    if (e.levels > 1) throw new LoopControl(e.kind, e.levels - 1);
    return e.kind;
  }
}

/**
 * Runs the loop from its condition; `condCode` is the condition's result when it already ran.
 * The loop's status is its body's last one, 0 when the body never ran.
 */
export function continueWhile(rt: Runtime, node: WhileCommand, last: number, condCode: number | undefined, io: Io): number {
  return inLoop(rt, () => {
    let pending = condCode;
    for (;;) {
      let code: number;
      if (pending !== undefined) {
        code = pending;
        pending = undefined;
      } else {
        countStep(rt);
        code = runScript(rt, node.cond, io);
        if (rt.jobStarted) {
          rt.kont.push({ k: 'while', node, inBody: false, last });
          return code;
        }
      }
      if ((code === 0) === node.until) return last;
      const r = loopBody(() => runScript(rt, node.body, io));
      if (r === 'break') return 0;
      last = r === 'continue' ? 0 : r;
      if (rt.jobStarted) {
        rt.kont.push({ k: 'while', node, inBody: true, last });
        return last;
      }
    }
  });
}

/** Runs the body for values[next…]; `last` is the status of the body run before. */
export function continueFor(rt: Runtime, node: ForCommand, values: string[], next: number, last: number, io: Io): number {
  return inLoop(rt, () => {
    for (let i = next; i < values.length; i++) {
      countStep(rt);
      rt.frame.env[node.name] = values[i];
      const r = loopBody(() => runScript(rt, node.body, io));
      if (r === 'break') return 0;
      last = r === 'continue' ? 0 : r;
      if (rt.jobStarted) {
        if (i + 1 < values.length) rt.kont.push({ k: 'for', node, values, next: i + 1 });
        return last;
      }
    }
    return last;
  });
}

function runCase(rt: Runtime, node: CaseCommand, io: Io): number {
  const env = expandEnvOf(rt, io);
  const subject = expandString(env, node.subject);
  for (const arm of node.arms) {
    if (arm.patterns.some((p) => matchPattern(env, p, subject))) return runScript(rt, arm.body, io);
  }
  return 0;
}
