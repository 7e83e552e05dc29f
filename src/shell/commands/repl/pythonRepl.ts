// The Python REPL a terminal enters with `docker run -it python:3.12 python` (or `python3` typed
// in a container shell): the banner, `>>> `, each line evaluated by the Python model, the repr of
// an expression's value echoed, tracebacks as the REPL prints them (File "<stdin>", line 1 up to
// 3.12; "<python-input-N>" with the source line from 3.13), exit()/quit()/Ctrl-D to leave.
// The model runs whole modules, so the REPL keeps the lines that worked and runs them again
// before each new one (their output is not shown twice). Blocks (`for …:`) are not taken.
import { containerProcessExited, endExecProcess } from '../../../engine/containers/processExit';
import { getContainerById } from '../../../engine/tables/containerTable';
import { loadPythonProgram, type PythonContext } from '../../../engine/python/loadPythonProgram';
import { parseModule } from '../../../engine/python/pyParser';
import { pyVersion, type PyVersion } from '../../../engine/python/pyVersion';
import type { Frame, World } from '../../../engine/world';
import { registerFrameEntry } from '../../frames/frameEntry';
import type { CommandContext, FrameProgram } from '../../types';
import { containerVfs } from '../../../engine/fs/containerVfs';

interface ReplState {
  history: string[];
  inputs: number;
  /** Continuation lines of a block being typed (shown with `... `, refused at its end). */
  block?: string[];
}

const VALUE = '__pathshala_value';
const GCC: Record<string, string> = { jessie: '4.9.2', stretch: '6.3.0 20170516', buster: '8.3.0', bullseye: '10.2.1 20210110', bookworm: '12.2.0', trixie: '14.2.0' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function stateOf(frame: Frame): ReplState {
  const s = frame.state as ReplState | undefined;
  if (s && Array.isArray(s.history)) return s;
  const fresh: ReplState = { history: [], inputs: 0 };
  frame.state = fresh;
  return fresh;
}

function envOf(frame: Frame): Record<string, string> {
  return frame.env;
}

function versionOf(cx: CommandContext): PyVersion {
  return pyVersion(envOf(cx.frame).PYTHON_VERSION, cx.profile.name === 'classic' ? '3.6.4' : '3.12.12');
}

function context(cx: CommandContext, source: string, file: string): PythonContext {
  let seed = 1;
  const frame = cx.frame;
  return {
    version: versionOf(cx),
    file,
    source,
    hasPackage: () => false,
    flaskModern: true,
    redis: { connectError: () => 'Error 111 connecting to redis:6379. Connection refused.', incr: () => 0, get: () => undefined, set: () => {} },
    env: frame.env,
    hostname: frame.env.HOSTNAME ?? '',
    cwd: frame.cwd,
    pid: 1,
    argv: [''],
    now: cx.ctx.world.now,
    // Replays must draw the same numbers again: a small generator restarted on every run.
    random: (n) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n),
    sleep: () => {},
  };
}

function isExpression(line: string, v: PyVersion): boolean {
  try {
    parseModule(`${VALUE} = (${line})\n`, v.pegParser);
    return !/^\s*(yield|await)\b/.test(line);
  } catch {
    return false;
  }
}

function runSource(cx: CommandContext, lines: string[], file: string): { text: string; ok: boolean; last: string } {
  const program = loadPythonProgram(context(cx, `${lines.join('\n')}\n`, file));
  const text = program.output.map((c) => c.text).join('');
  const tail = text.replace(/\n$/, '').split('\n');
  return { text, ok: program.kind === 'script' && program.exitCode === 0, last: tail[tail.length - 1] ?? '' };
}

/** The traceback the REPL prints for an error raised by the line typed. */
function replTraceback(v: PyVersion, input: number, line: string, last: string): string {
  if (v.minor >= 13) return `Traceback (most recent call last):\n  File "<python-input-${input}>", line 1, in <module>\n    ${line.trim()}\n${last}\n`;
  return `Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n${last}\n`;
}

function evaluate(cx: CommandContext, line: string): void {
  const st = stateOf(cx.frame);
  const v = versionOf(cx);
  const input = st.inputs++;
  if (/^\s*$/.test(line)) return;
  // A syntax error depends on the line alone: let the model word it for <stdin>.
  try {
    parseModule(`${line}\n`, v.pegParser);
  } catch {
    const alone = runSource(cx, [line], v.minor >= 13 ? `<python-input-${input}>` : '<stdin>');
    cx.err(alone.text);
    return;
  }
  const before = runSource(cx, st.history, '<stdin>').text;
  const expr = isExpression(line, v);
  const added = expr ? [`${VALUE} = (${line})`, `if ${VALUE} is not None:`, `    print(repr(${VALUE}))`] : [line];
  const run = runSource(cx, [...st.history, ...added], '<stdin>');
  const fresh = run.text.startsWith(before) ? run.text.slice(before.length) : run.text;
  if (run.ok) {
    cx.out(fresh);
    st.history.push(...(expr ? [`_ = (${line})`] : [line]));
    return;
  }
  if (run.last.startsWith('pathshala:')) {
    cx.err(`${run.last}\n`);
    return;
  }
  // What the line printed before it failed, then the REPL's own traceback.
  const printed = fresh.slice(0, fresh.indexOf('Traceback (most recent call last):') >= 0 ? fresh.indexOf('Traceback (most recent call last):') : fresh.length);
  cx.out(printed);
  cx.err(replTraceback(v, input, line, run.last));
}

function leave(cx: CommandContext, code: number): number {
  const frames = cx.terminal.frames;
  const frame = frames[frames.length - 1];
  if (frames.length <= 1) return code;
  frames.pop();
  if (frame.kind === 'container' && frame.containerId) {
    if (frame.isMain) containerProcessExited(cx.ctx, cx.host, frame.containerId, code);
    else if (frame.pid !== undefined) endExecProcess(cx.ctx, cx.host, frame.pid, code);
  }
  frames[frames.length - 1].lastExit = code;
  return code;
}

export const pythonReplProgram: FrameProgram = {
  name: 'python3',
  prompt(_world, frame) {
    return (frame.state as ReplState | undefined)?.block ? '... ' : '>>> ';
  },
  runLine(cx, line) {
    const st = stateOf(cx.frame);
    if (st.block) {
      if (line.trim() !== '') {
        st.block.push(line);
        return 0;
      }
      delete st.block;
      cx.err("pathshala: this simulator's Python REPL runs one line at a time; put blocks in a file and run it with python FILE\n");
      return 0;
    }
    const trimmed = line.trim();
    // The terminal sends Ctrl-D as `exit`; exit() and quit() leave as in CPython.
    if (trimmed === 'exit' || /^(exit|quit)\(\s*\)$/.test(trimmed)) return leave(cx, 0);
    if (trimmed.endsWith(':')) {
      st.block = [line];
      return 0;
    }
    evaluate(cx, line);
    return 0;
  },
};

/** CPython's banner: sys.version (build date from the image's creation) and the platform. */
export function pythonBanner(world: World, host: string, frame: Frame, v: PyVersion): string {
  const daemon = world.hosts[host].daemon;
  const c = frame.containerId ? getContainerById(daemon, frame.containerId) : undefined;
  const created = c ? (daemon.images[c.imageId]?.created ?? world.now) : world.now;
  let codename = '';
  if (c) {
    try {
      const osRelease = containerVfs(world, host, c.id).readFile('/etc/os-release');
      codename = (/VERSION_CODENAME=(\w+)/.exec(osRelease) ?? /VERSION="[^"]*\((\w+)\)"/.exec(osRelease))?.[1] ?? '';
    } catch {
      codename = '';
    }
  }
  const d = new Date(created);
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${d.getUTCFullYear()}, ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  // Before 3.10 sys.version broke the line before the compiler; the branch was "default" until 3.9.
  const sep = v.minor >= 10 ? ' ' : ' \n';
  const branch = v.minor >= 10 ? 'main' : 'default';
  return `Python ${v.full} (${branch}, ${date})${sep}[GCC ${GCC[codename] ?? '14.2.0'}] on linux\nType "help", "copyright", "credits" or "license" for more information.\n`;
}

registerFrameEntry('python3', (cx, frame) => {
  const v = pyVersion(frame.env.PYTHON_VERSION, cx.profile.name === 'classic' ? '3.6.4' : '3.12.12');
  cx.out(pythonBanner(cx.ctx.world, cx.host, frame, v));
  cx.pushFrame({ ...frame, state: { history: [], inputs: 0 } satisfies ReplState });
  return 0;
});
