// apt-get and apt in Debian and Ubuntu images: update, install, and the few other verbs a
// Dockerfile uses (clean, upgrade). `apt` adds its warning when its output is not a terminal.
import type { Command, CommandContext } from '../../../types';
import { runtimeOf } from '../../../interp/runtime';
import { playTimeline } from '../pkgJob';
import { Timeline, type PkgEffect } from '../timeline';
import { findDistro } from './aptDistros';
import { aptInstall } from './aptInstall';
import { APT_PROMPT, type AptPromptState } from './aptPrompt';
import { aptUpdate, readingLists } from './aptUpdate';

const APT_WARNING = '\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n';

function runApt(cx: CommandContext, args: string[], tool: 'apt-get' | 'apt'): number {
  const distro = findDistro(runtimeOf(cx).vfs);
  let yes = false;
  let quiet = 0;
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-y' || a === '--yes' || a === '--assume-yes' || a === '-yq' || a === '-qy') yes = true;
    if (a === '-q' || a === '-yq' || a === '-qy') quiet = Math.max(quiet, 1);
    else if (a === '-qq') quiet = 2;
    else if (a === '-o') i++;
    else if (!a.startsWith('-')) words.push(a);
  }
  const [verb, ...names] = words;
  if (!distro) {
    cx.err('E: Could not read the release of this system.\n');
    return 100;
  }
  const tl = new Timeline();
  if (tool === 'apt' && !cx.isTty) tl.err(APT_WARNING);
  let result: { code: number; effect?: PkgEffect };
  switch (verb) {
    case 'update':
      result = aptUpdate(cx, distro, tl);
      if (tool === 'apt' && result.code === 0) tl.out(cx.isTty ? 'Building dependency tree... Done\nReading state information... Done\nAll packages are up to date.\n' : 'Building dependency tree...\nReading state information...\nAll packages are up to date.\n');
      break;
    case 'install':
      if (names.length === 0) {
        tl.out(readingLists(cx.isTty)).out(cx.isTty ? 'Building dependency tree... Done\nReading state information... Done\n' : 'Building dependency tree...\nReading state information...\n');
        tl.out('0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n');
        result = { code: 0 };
      } else {
        const r = aptInstall(cx, distro, { names, yes }, tl);
        if (r.ask) {
          // A person can answer: print the plan, then ask (the question is the next prompt).
          for (const c of tl.chunks) (c.stream === 'stdout' ? cx.out : cx.err)(c.text);
          const state: AptPromptState = { names };
          cx.pushFrame({ ...cx.frame, program: APT_PROMPT, env: { ...cx.frame.env }, lastExit: 0, state });
          return 0;
        }
        result = r;
      }
      break;
    case 'upgrade':
    case 'dist-upgrade':
      tl.out(readingLists(cx.isTty)).out(cx.isTty ? 'Building dependency tree... Done\nReading state information... Done\nCalculating upgrade... Done\n' : 'Building dependency tree...\nReading state information...\nCalculating upgrade...\n');
      tl.out('0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n');
      result = { code: 0 };
      break;
    case 'clean':
    case 'autoclean':
    case 'autoremove':
      result = { code: 0 };
      break;
    case undefined:
      cx.err(`${tool === 'apt' ? 'apt' : 'apt-get'}: no command given\nUsage: ${tool} [options] command\n`);
      return 1;
    default:
      tl.err(`E: Invalid operation ${verb}\n`);
      result = { code: 100 };
  }
  if (quiet >= 2) tl.chunks.splice(0, tl.chunks.length, ...tl.chunks.filter((c) => c.stream === 'stderr'));
  return playTimeline(cx, tl, result.code, result.code === 0 ? result.effect : undefined);
}

export const aptGetCommand: Command = { name: 'apt-get', summary: 'Debian/Ubuntu package manager', run: (cx, args) => runApt(cx, args, 'apt-get') };
export const aptCommand: Command = { name: 'apt', summary: 'Debian/Ubuntu package manager (interactive)', run: (cx, args) => runApt(cx, args, 'apt') };
