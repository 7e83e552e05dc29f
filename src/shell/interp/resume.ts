// Goes on with a line after its foreground job ended: works through the stored continuation
// stack from the innermost construct outwards, with each level's redirections re-opened (for
// appending) and each subshell's own cwd and variables swapped in while its part runs.
import { continueAndOr, expandEnvOf, runItems } from '../interpreter';
import { continueFor, continueIf, continueWhile } from './compound';
import type { Kont } from './kont';
import { applyRedirects, setsStdin, type Io } from './redirects';
import { LoopControl, ShellExit, type Runtime } from './runtime';

interface Saved {
  cwd: string;
  env: Record<string, string>;
}

export function resumeKont(rt: Runtime, stack: Kont[], code: number, io: Io): number {
  const ios: Io[] = [];
  const outer: (Saved | undefined)[] = [];
  let cur = io;
  for (let i = stack.length - 1; i >= 0; i--) {
    const k = stack[i];
    if (k.k === 'io') {
      const r = applyRedirects(rt, expandEnvOf(rt, cur), k.redirects, cur, true);
      if (typeof r !== 'number') cur = k.input === null ? r : { ...r, stdin: k.input, input: { text: k.input } };
    } else if (k.k === 'subshell') {
      outer[i] = { cwd: rt.frame.cwd, env: { ...rt.frame.env } };
      rt.frame.cwd = k.cwd;
      rt.frame.env = { ...k.env };
    }
    ios[i] = cur;
  }
  const restore = (i: number): void => {
    const s = outer[i];
    if (!s) return;
    rt.frame.cwd = s.cwd;
    rt.frame.env = s.env;
  };

  const isLoop = (k: Kont): boolean => k.k === 'while' || k.k === 'for';
  const baseDepth = rt.loopDepth;
  for (let i = 0; i < stack.length; i++) {
    rt.frame.lastExit = code;
    rt.loopDepth = baseDepth + stack.slice(i + 1).filter(isLoop).length;
    try {
      code = step(rt, stack[i], code, ios[i]);
    } catch (e) {
      if (e instanceof LoopControl) {
        // The loop it leaves or restarts is one of the waiting levels further out.
        let j = i;
        for (let n = e.levels; n > 0; n--) j = stack.findIndex((k, idx) => idx > j && isLoop(k));
        for (let o = i + 1; o <= j; o++) if (stack[o].k === 'subshell') restore(o);
        code = 0;
        i = e.kind === 'break' ? j : j - 1;
        continue;
      }
      if (!(e instanceof ShellExit)) throw e;
      // `exit` ends the innermost enclosing subshell, or the shell itself.
      const j = stack.findIndex((k, idx) => idx > i && k.k === 'subshell');
      if (j < 0) {
        for (let o = i + 1; o < stack.length; o++) restore(o);
        throw e;
      }
      code = e.code;
      i = j;
      restore(j);
      continue;
    }
    if (stack[i].k === 'subshell') restore(i);
    if (rt.jobStarted) {
      // Waiting again: the outer levels keep waiting too, with their current state saved.
      for (let o = i + 1; o < stack.length; o++) {
        const k = stack[o];
        if (k.k === 'subshell') {
          rt.kont.push({ k: 'subshell', cwd: rt.frame.cwd, env: { ...rt.frame.env } });
          restore(o);
        } else if (k.k === 'io') {
          rt.kont.push({ ...k, input: setsStdin(k.redirects) ? (ios[o].input?.text ?? '') : null });
        } else rt.kont.push(k);
      }
      rt.loopDepth = baseDepth;
      return code;
    }
  }
  rt.loopDepth = baseDepth;
  return code;
}

function step(rt: Runtime, k: Kont, code: number, io: Io): number {
  switch (k.k) {
    case 'items':
      return runItems(rt, k.items, io);
    case 'andor':
      return continueAndOr(rt, k.rest, code, io);
    case 'not':
      return code === 0 ? 1 : 0;
    case 'if':
      return continueIf(rt, k.node, k.clause, code, io);
    case 'while':
      return k.inBody ? continueWhile(rt, k.node, code, undefined, io) : continueWhile(rt, k.node, k.last, code, io);
    case 'for':
      return continueFor(rt, k.node, k.values, k.next, code, io);
    case 'subshell':
    case 'io':
      return code;
  }
}
