// which and help: what a name means at this prompt (type, command and hash: commandLookup.ts).
import type { Command } from '../../types';
import { runtimeOf } from '../../interp/runtime';
import { listCommands, locateCommand } from '../registry';

export const whichCommand: Command = {
  name: 'which',
  summary: 'Locate a command',
  run(cx, args) {
    const rt = runtimeOf(cx);
    let code = 0;
    for (const a of args.filter((x) => !x.startsWith('-'))) {
      const where = locateCommand(rt, a);
      if (where.kind === 'file') cx.out(`${where.path}\n`);
      else code = 1;
    }
    return args.length === 0 ? 1 : code;
  },
};

export const helpCommand: Command = {
  name: 'help',
  summary: 'List the commands this shell knows',
  run(cx) {
    const cmds = listCommands();
    const w = Math.max(...cmds.map((c) => c.name.length)) + 2;
    cx.out('Commands:\n');
    for (const c of cmds) cx.out(`  ${c.name.padEnd(w)}${c.summary}\n`);
    return 0;
  },
};
