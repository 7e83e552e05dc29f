// "Export as script": the session's commands as a POSIX shell script for a real machine. The log is
// replayed to know where each line was typed (the host's shell, a container's shell, a REPL, a
// second machine's tab) and how it ended; what a script cannot do the same way stays as a comment.
import type { Frame, World } from '../../engine/world';
import { DEFAULT_HOST } from '../../engine/createWorld';
import type { ApplyEntry, Timeline } from './timeline';
import type { TimelineEntry } from './timelineEntry';

export interface ScriptText {
  header: string[];
  notes: {
    inside: string;
    interactive: string;
    interrupted: string;
    machine: string;
    otherHost: string;
    sleep: string;
    browser: string;
    editorFile: string;
    editorInside: string;
    exit: string;
  };
}

/** English comments: the script is for a real terminal, where the rest of the tooling is English. */
export const SCRIPT_TEXT: ScriptText = {
  header: [
    '#!/bin/sh',
    '# Exported from Docker Pathshala: the commands of a simulated session, to run on a real machine',
    '# with Docker installed. `set -e` is left off on purpose: like in the session, a command that',
    '# fails (a typo, a name already taken) does not stop the ones after it.',
  ],
  notes: {
    inside: 'typed inside {where}: run it there by hand',
    interactive: 'interactive in the session (it opened {where}): run it by hand',
    interrupted: 'stopped with Ctrl-C in the session; it would not end by itself',
    machine: 'simulator-only step: a docker-machine VM (on a real machine, use your own Docker host or VMs)',
    otherHost: 'typed on the machine {host} (a docker-machine VM in the simulator)',
    sleep: 'the simulator skipped this wait on its virtual clock; here it really waits',
    browser: 'opened in the mini browser',
    editorFile: 'written with the editor in the session',
    editorInside: 'written with the editor inside {where}',
    exit: 'left the terminal in the session',
  },
};

interface LineContext {
  entry: Extract<TimelineEntry, { k: 'line' }>;
  /** Typed at a continuation prompt (a heredoc's body, an open quote): it goes as its block's first line went. */
  continuation: boolean;
  frame: Frame;
  host: string;
  /** Frames on the terminal before the line ran (more by the next line: it opened a shell or REPL). */
  depth: number;
  interrupted: boolean;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

function top(world: World, terminalId: string): Frame | undefined {
  const frames = world.terminals[terminalId]?.frames;
  return frames?.[frames.length - 1];
}

function describe(frame: Frame): string {
  if (frame.kind === 'container') return `a container's ${frame.program}${frame.containerId ? ` (${frame.containerId.slice(0, 12)})` : ''}`;
  return frame.program;
}

function comment(text: string): string {
  return text
    .split('\n')
    .map((line) => `# ${line}`.trimEnd())
    .join('\n');
}

function heredoc(path: string, text: string): string {
  let delimiter = 'PATHSHALA_EOF';
  for (let n = 2; text.split('\n').includes(delimiter); n++) delimiter = `PATHSHALA_EOF_${n}`;
  const body = text.endsWith('\n') || text === '' ? text : `${text}\n`;
  return `cat > '${path.replace(/'/g, `'\\''`)}' <<'${delimiter}'\n${body}${delimiter}`;
}

/** The script of the timeline up to where it stands. */
export function exportScript(timeline: Timeline, apply: ApplyEntry, text: ScriptText = SCRIPT_TEXT): string {
  const out: string[] = [...text.header, ''];
  const { notes } = text;
  let world = timeline.checkpoints.get(0) as World;
  const log = timeline.log.slice(0, timeline.cursor);
  let pending: LineContext | null = null;
  // Whether the block a terminal's continuation lines belong to went out as a comment.
  const blockCommented = new Map<string, boolean>();
  // `now`: the world when the next entry comes (a run -it's shell opens after its pull's frames).
  const flush = (now: World) => {
    if (!pending) return;
    const { entry, continuation } = pending;
    if (continuation) {
      out.push(blockCommented.get(entry.t) ? comment(entry.line) : entry.line);
    } else {
      const deeper = (now.terminals[entry.t]?.frames.length ?? 0) > pending.depth;
      const rendered = renderLine(pending, deeper, notes);
      blockCommented.set(entry.t, rendered.split('\n').pop()!.startsWith('#'));
      out.push(rendered);
    }
    pending = null;
  };
  // Lines typed in a nested frame follow the line that opened it: they stay comments until it closes.
  for (const entry of log) {
    const before = world;
    world = apply(world, entry);
    switch (entry.k) {
      case 'line': {
        flush(before);
        const frame = top(before, entry.t);
        if (!frame) break;
        const host = frame.host ?? before.terminals[entry.t]?.host ?? DEFAULT_HOST;
        const continuation = (frame.state as { pending?: string } | undefined)?.pending !== undefined;
        pending = { entry, frame, host, depth: before.terminals[entry.t]?.frames.length ?? 0, interrupted: false, continuation };
        break;
      }
      case 'int':
        if (pending && pending.entry.t === entry.t) pending.interrupted = true;
        break;
      case 'save': {
        flush(before);
        const frame = top(before, entry.t);
        const job = before.terminals[entry.t]?.job;
        const name = entry.name ?? (job?.data as { name?: string } | undefined)?.name ?? '';
        if (!frame || name === '') break;
        if (frame.kind === 'host' && (frame.host ?? DEFAULT_HOST) === DEFAULT_HOST && isShell(frame.program)) out.push(`# ${notes.editorFile}`, heredoc(name, entry.text));
        else out.push(`# ${fill(notes.editorInside, { where: describe(frame) })}`, comment(heredoc(name, entry.text)));
        break;
      }
      case 'browse':
        flush(before);
        out.push(`# ${notes.browser}: ${entry.url}`);
        break;
      default:
        break;
    }
  }
  flush(world);
  return `${out.join('\n')}\n`;
}

function isShell(program: string): boolean {
  return program === 'bash' || program === 'sh' || program === 'ash';
}

const EDITORS = /^\s*(nano|vi|vim)\b/;

function renderLine(context: LineContext, deeper: boolean, notes: ScriptText['notes']): string {
  const { entry, frame, host, interrupted } = context;
  const line = entry.line;
  if (line.trim() === '') return '';
  const words = line.trim().split(/\s+/);
  if (frame.kind !== 'host' || !isShell(frame.program)) return `# ${fill(notes.inside, { where: describe(frame) })}\n${comment(line)}`;
  if (host !== DEFAULT_HOST) return `# ${fill(notes.otherHost, { host })}\n${comment(line)}`;
  if (words[0] === 'docker-machine' || /\$\(\s*docker-machine\b/.test(line)) return `# ${notes.machine}\n${comment(line)}`;
  if (EDITORS.test(line)) return comment(line);
  if (deeper) return `# ${fill(notes.interactive, { where: 'a shell or program' })}\n${comment(line)}`;
  if (interrupted) return `# ${notes.interrupted}\n${comment(line)}`;
  if (words[0] === 'exit' || words[0] === 'logout') return `# ${notes.exit}\n${comment(line)}`;
  if (words[0] === 'sleep') return `# ${notes.sleep}\n${line}`;
  return line;
}
