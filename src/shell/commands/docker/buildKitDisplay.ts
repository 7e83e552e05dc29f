// BuildKit's TTY progress view (progressui's display): a `[+] Building 3.4s (9/9) FINISHED`
// header with the builder's name at the right, then ` => <vertex>` lines and ` => => <status>`
// lines under them, each name cut to fit and its duration right-aligned at the terminal width.

export interface BuildKitStatus {
  name: string;
  /** Shown after the name and kept when the name is cut (`27.14MB / 27.14MB`). */
  status?: string;
  start: number;
  end: number;
}

export interface BuildKitVertex {
  name: string;
  start: number;
  end: number;
  cached?: boolean;
  /** The vertex's own error (`process "/bin/sh -c foo" did not complete successfully: exit code: 127`). */
  error?: string;
  statuses: BuildKitStatus[];
  /** The linter's warnings (on `load build definition`), shown as ` => WARN: …` lines. */
  warnings?: string[];
  /** Output lines of a RUN, with the ms after the vertex started at which each appeared. */
  logs?: { at: number; text: string }[];
}

export interface BuildKitView {
  vertices: BuildKitVertex[];
  /** When the whole build ends (ms from its start). */
  totalMs: number;
  builder: string;
}

const DEFAULT_WIDTH = 80;

/** fmt's `%-[2]*[1]s %[3]s`: left padded to w-len(r)-1, a space, then right. */
function align(l: string, r: string, w: number): string {
  return `${l.padEnd(w - r.length - 1)} ${r}`;
}

function line(name: string, seconds: number, width: number, status = ''): string {
  const timer = ` ${(seconds < 0.05 ? 0 : seconds).toFixed(1)}s\n`;
  let left = width - 4 - timer.length - 1;
  const showStatus = status !== '' && left + status.length > 20;
  if (showStatus) left -= status.length + 1;
  if (left < 12) return '';
  return align(` => ${name.length > left ? name.slice(0, left) : name}${showStatus ? ` ${status}` : ''}`, timer, width);
}

export interface Frame {
  text: string;
  rows: number;
}

/** The view at `elapsed` ms; `final` once the build ended, `canceled` after Ctrl-C. */
export function buildKitFrame(view: BuildKitView, elapsed: number, cols?: number, mode: 'live' | 'final' | 'canceled' = 'live'): Frame {
  const width = cols && cols > 0 ? cols : DEFAULT_WIDTH;
  const t = mode === 'final' ? view.totalMs : elapsed;
  const started = view.vertices.filter((v) => v.start <= t);
  const done = started.filter((v) => v.end <= t).length;
  const finished = mode === 'final' && done === started.length;
  const header = align(`[+] Building ${(t / 1000).toFixed(1)}s (${done}/${started.length}) ${finished ? 'FINISHED' : ''}`, view.builder, width);
  let text = `${header}\n`;
  let rows = 1;
  for (const v of started) {
    const running = v.end > t;
    const prefix = v.error !== undefined ? 'ERROR ' : running && mode === 'canceled' ? 'CANCELED ' : v.cached ? 'CACHED ' : '';
    text += line(prefix + v.name, (Math.min(t, v.end) - v.start) / 1000, width);
    rows++;
    for (const s of v.statuses) {
      if (s.start > t) continue;
      text += line(`=> ${s.name}`, (Math.min(t, s.end) - s.start) / 1000, width, s.status);
      rows++;
    }
    for (const w of running ? [] : (v.warnings ?? [])) {
      text += line(`WARN: ${w}`, (v.end - v.start) / 1000, width);
      rows++;
    }
    // A running step shows the tail of its output in a small terminal under it.
    if (running && mode === 'live' && v.logs) {
      for (const l of v.logs.filter((x) => v.start + x.at <= t).slice(-6)) {
        text += ` => => # ${l.text.slice(0, width - 10)}\n`;
        rows++;
      }
    }
  }
  return { text, rows };
}

/** The source excerpt BuildKit prints under a failed step: two lines of context each side. */
export function sourceExcerpt(fileName: string, text: string, lineNo: number, endLine = lineNo): string {
  const lines = text.split('\n');
  if (lineNo < 1 || lineNo > lines.length) return '';
  let start = lineNo;
  let end = Math.min(endLine, lines.length);
  const pad = end === start ? 4 : 2;
  for (let p = 0; p < pad; ) {
    if (start > 1) {
      start--;
      p++;
    }
    if (end !== lines.length) {
      end++;
      p++;
    }
    p++;
  }
  const rule = '-'.repeat(20);
  let out = `${fileName}:${lineNo}\n${rule}\n`;
  for (let i = start; i <= end; i++) {
    const marker = i >= lineNo && i <= endLine ? '>>>' : '   ';
    out += ` ${String(i).padStart(3)} | ${marker} ${lines[i - 1]}\n`;
  }
  return `${out}${rule}\n`;
}
