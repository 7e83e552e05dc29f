// A very small stand-in for the shell layer's ScriptRunner, used only when none is registered
// (engine tests, or a build without the shell): enough of `sh -c` for image commands such as
// tutum/hello-world's `php-fpm … && (tail -F … &) && exec nginx -g "daemon off;"`.
// Known: exec, exit, echo, true, false, :, php-fpm; background jobs and `( … &)` are skipped.
import { findProgram } from './delegate';
import type { ScriptRunResult } from './scriptRunner';
import { echoOutput } from './simpleUtils';

type Token = { kind: 'word'; text: string } | { kind: 'op'; text: string } | { kind: 'group'; text: string };

function expand(name: string, env: Readonly<Record<string, string>>): string {
  return env[name] ?? '';
}

/** Split a script into words, operators and parenthesised groups, expanding $VAR outside single quotes. */
export function tokenize(script: string, env: Readonly<Record<string, string>>): Token[] {
  const out: Token[] = [];
  let i = 0;
  let word: string | null = null;
  const flush = () => {
    if (word !== null) out.push({ kind: 'word', text: word });
    word = null;
  };
  while (i < script.length) {
    const ch = script[i];
    if (ch === ' ' || ch === '\t') {
      flush();
      i++;
    } else if (ch === '\n' || ch === ';') {
      flush();
      out.push({ kind: 'op', text: ';' });
      i++;
    } else if (ch === '&' || ch === '|') {
      flush();
      const two = script.slice(i, i + 2);
      const op = two === '&&' || two === '||' ? two : ch;
      out.push({ kind: 'op', text: op });
      i += op.length;
    } else if (ch === '(') {
      flush();
      let depth = 1;
      let j = i + 1;
      for (; j < script.length && depth > 0; j++) {
        if (script[j] === '(') depth++;
        else if (script[j] === ')') depth--;
      }
      out.push({ kind: 'group', text: script.slice(i + 1, j - 1) });
      i = j;
    } else if (ch === "'") {
      const end = script.indexOf("'", i + 1);
      const stop = end < 0 ? script.length : end;
      word = (word ?? '') + script.slice(i + 1, stop);
      i = stop + 1;
    } else if (ch === '"') {
      let j = i + 1;
      let text = '';
      while (j < script.length && script[j] !== '"') {
        if (script[j] === '\\' && j + 1 < script.length && '"\\$`'.includes(script[j + 1])) {
          text += script[j + 1];
          j += 2;
        } else if (script[j] === '$') {
          const m = /^\$(?:\{(\w+)\}|(\w+))/.exec(script.slice(j));
          if (m) {
            text += expand(m[1] ?? m[2], env);
            j += m[0].length;
          } else {
            text += '$';
            j++;
          }
        } else {
          text += script[j++];
        }
      }
      word = (word ?? '') + text;
      i = j + 1;
    } else if (ch === '\\' && i + 1 < script.length) {
      word = (word ?? '') + script[i + 1];
      i += 2;
    } else if (ch === '$') {
      const m = /^\$(?:\{(\w+)\}|(\w+|\?))/.exec(script.slice(i));
      if (m) {
        word = (word ?? '') + expand(m[1] ?? m[2], env);
        i += m[0].length;
      } else {
        word = (word ?? '') + '$';
        i++;
      }
    } else {
      word = (word ?? '') + ch;
      i++;
    }
  }
  flush();
  return out;
}

interface Step {
  words: string[];
  group?: string;
  background: boolean;
  /** Operator joining this step to the previous one. */
  join: ';' | '&&' | '||';
}

function toSteps(tokens: Token[]): Step[] {
  const steps: Step[] = [];
  let cur: Step = { words: [], background: false, join: ';' };
  let pendingJoin: Step['join'] = ';';
  const push = () => {
    if (cur.words.length > 0 || cur.group !== undefined) steps.push(cur);
    cur = { words: [], background: false, join: pendingJoin };
  };
  for (const t of tokens) {
    if (t.kind === 'word') cur.words.push(t.text);
    else if (t.kind === 'group') cur.group = t.text;
    else if (t.text === '&') {
      cur.background = true;
      pendingJoin = ';';
      push();
    } else {
      pendingJoin = t.text === '&&' || t.text === '||' ? t.text : ';';
      push();
    }
  }
  pendingJoin = ';';
  push();
  return steps;
}

/** How the image's shell words "not found" (busybox ash vs dash). */
export type ShellStyle = 'busybox' | 'dash';

/** Run `script` as `sh -c script` would, within the small command set above. */
export function runScriptFallback(script: string, env: Readonly<Record<string, string>>, style: ShellStyle = 'dash'): ScriptRunResult {
  const result: ScriptRunResult = { output: [], exitCode: 0 };
  let status = 0;
  const steps = toSteps(tokenize(script, env));
  for (const [index, step] of steps.entries()) {
    if (step.join === '&&' && status !== 0) continue;
    if (step.join === '||' && status === 0) continue;
    if (step.background) {
      status = 0;
      continue;
    }
    if (step.group !== undefined) {
      const sub = runScriptFallback(step.group, env, style);
      result.output.push(...sub.output);
      status = sub.exitCode;
      continue;
    }
    const [cmd, ...args] = step.words;
    if (cmd === 'exit') {
      result.exitCode = args.length > 0 ? Number(args[0]) & 255 : status;
      return result;
    }
    if (cmd === 'exec') {
      if (args.length > 0) result.exec = args;
      result.exitCode = status;
      return result;
    }
    if (cmd === 'echo') {
      result.output.push({ stream: 'stdout', text: echoOutput(args) });
      status = 0;
    } else if (cmd === 'true' || cmd === ':' || cmd === 'php-fpm') {
      status = 0;
    } else if (cmd === 'false') {
      status = 1;
    } else if (findProgram(cmd)) {
      // A long-running program as the last command replaces the shell, as dash does.
      if (index === steps.length - 1) {
        result.exec = step.words;
        return result;
      }
      status = 0;
    } else {
      const text = style === 'busybox' ? `sh: ${cmd}: not found\n` : `sh: 1: ${cmd}: not found\n`;
      result.output.push({ stream: 'stderr', text });
      status = 127;
    }
  }
  result.exitCode = status;
  return result;
}
