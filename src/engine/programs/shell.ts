// sh (busybox ash, dash), bash as a container's process. Without a terminal or open stdin the
// shell reads EOF and exits 0 at once (`docker run ubuntu` → Exited (0)); with -t or -i it waits
// for the frame the CLI attaches. `-c SCRIPT` normally goes through the shell layer's
// ScriptRunner before the program starts; if the program is started with -c anyway, the small
// fallback interpreter runs it and `exec` hands the process over.
import { basename, delegatingHooks, execProgram } from './delegate';
import type { ProgramApi, ProgramDef } from './programTypes';
import { runScriptFallback, type ShellStyle } from './scriptFallback';

function styleOf(api: ProgramApi): ShellStyle {
  return api.readFile('/bin/busybox') !== undefined ? 'busybox' : 'dash';
}

/** Does this shell have a reader on its stdin (a terminal, or `-i`)? */
function hasInput(api: ProgramApi): boolean {
  // An exec'd shell stays only when the client attached it; the CLI starts such processes for
  // `exec -it` and ends the others itself, so only the main process decides by the config.
  if (api.process.nsPid !== 1) return true;
  return api.container.config.tty || api.container.config.openStdin;
}

function runScript(api: ProgramApi, script: string): void {
  const res = runScriptFallback(script, api.env, styleOf(api));
  for (const o of res.output) {
    if (o.stream === 'stdout') api.out(o.text);
    else api.err(o.text);
  }
  if (!res.exec) {
    api.exit(res.exitCode);
    return;
  }
  if (!execProgram(api, res.exec)) {
    const name = res.exec[0];
    api.err(styleOf(api) === 'busybox' ? `sh: exec: line 1: ${name}: not found\n` : `sh: 1: exec: ${name}: not found\n`);
    api.exit(127);
  }
}

function startShell(api: ProgramApi): void {
  const args = api.argv.slice(1);
  const c = args.indexOf('-c');
  if (c >= 0) {
    runScript(api, args[c + 1] ?? '');
    return;
  }
  const file = args.find((a) => !a.startsWith('-'));
  if (file !== undefined) {
    const text = api.readFile(file);
    if (text === undefined) {
      const me = basename(api.argv[0] ?? 'sh');
      api.err(me === 'bash' ? `bash: ${file}: No such file or directory\n` : `${me}: 0: cannot open ${file}: No such file\n`);
      api.exit(127);
      return;
    }
    runScript(api, text);
    return;
  }
  if (!hasInput(api)) api.exit(0);
}

export const sh: ProgramDef = { name: 'sh', start: startShell, interactive: 'sh', isShell: true, ...delegatingHooks };
export const bash: ProgramDef = { name: 'bash', start: startShell, interactive: 'bash', isShell: true, ...delegatingHooks };
