// read: takes one line from stdin (a pipe, a here-document, a redirected file) and splits it
// into the named variables; `while read line; do …; done < file` consumes the input line by line.
import type { Command } from '../../types';
import { runtimeOf, shellMessages, type ShellCommandContext } from '../../interp/runtime';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const readCommand: Command = {
  name: 'read',
  summary: 'Read a line from standard input into variables',
  run(cx, args) {
    const rt = runtimeOf(cx);
    let raw = false;
    const names: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '-r') raw = true;
      else if (a === '-p') i++;
      else if (a.startsWith('-') && names.length === 0 && a !== '-') {
        cx.err(shellMessages.builtin(rt.flavour, 'read', rt.flavour === 'bash' ? `${a}: invalid option` : `Illegal option ${a}`));
        return 2;
      } else names.push(a);
    }
    const bad = names.find((n) => !NAME.test(n));
    if (bad !== undefined) {
      cx.err(rt.flavour === 'bash' ? `bash: read: \`${bad}': not a valid identifier\n` : shellMessages.builtin(rt.flavour, 'read', `${bad}: bad variable name`));
      return rt.flavour === 'bash' ? 1 : 2;
    }
    const holder = (cx as Partial<ShellCommandContext>).input ?? { text: cx.stdin };
    // Without -r a backslash escapes the next character and a trailing one joins the next line.
    let line = '';
    let ended = false;
    let i = 0;
    const src = holder.text;
    while (i < src.length) {
      const c = src[i];
      if (c === '\n') {
        ended = true;
        i++;
        break;
      }
      if (c === '\\' && !raw) {
        if (src[i + 1] !== '\n' && i + 1 < src.length) line += src[i + 1];
        i += 2;
        continue;
      }
      line += c;
      i++;
    }
    holder.text = src.slice(i);
    const env = cx.frame.env;
    if (names.length === 0) {
      env.REPLY = line;
    } else {
      let rest = line.replace(/^[ \t]+/, '');
      names.forEach((name, idx) => {
        if (idx === names.length - 1) {
          env[name] = rest.replace(/[ \t]+$/, '');
          return;
        }
        const m = /^([^ \t]*)[ \t]*/.exec(rest)!;
        env[name] = m[1];
        rest = rest.slice(m[0].length);
      });
    }
    return ended ? 0 : 1;
  },
};
