// The demo script format (documented in README.md): one directive a line.
//   # title            the demo's title
//   > caption          a caption (Bangla first) shown with the next command; several lines join
//   $ command          a step: the command typed into the terminal
//   pause 3000         in auto-play, wait this long (ms) before the next step
//   delay 2000         auto-play's default wait between steps
//   // comment         ignored, as are blank lines
// Anything else is an error with its line number, so a typo is not silently dropped.

export interface DemoStep {
  command: string;
  caption: string;
  /** Extra wait before this step in auto-play. */
  pauseMs: number;
}

export interface DemoScript {
  title: string;
  steps: DemoStep[];
  delayMs?: number;
}

export type DemoParse = { ok: true; demo: DemoScript } | { ok: false; line: number; text: string };

export const DEMO_LIMITS = { chars: 100_000, steps: 500, lineChars: 4096, pauseMs: 600_000 } as const;

export function parseDemo(source: string): DemoParse {
  if (source.length > DEMO_LIMITS.chars) return { ok: false, line: 0, text: '' };
  const demo: DemoScript = { title: '', steps: [] };
  let caption: string[] = [];
  let pauseMs = 0;
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const line = raw.trim();
    const fail = (): DemoParse => ({ ok: false, line: i + 1, text: raw.slice(0, 200) });
    if (line === '' || line.startsWith('//')) continue;
    if (line.length > DEMO_LIMITS.lineChars) return fail();
    let match: RegExpMatchArray | null;
    if ((match = /^#\s+(.+)$/.exec(line))) demo.title = match[1];
    else if ((match = /^>\s?(.*)$/.exec(line))) caption.push(match[1]);
    else if ((match = /^\$\s+(.+)$/.exec(line))) {
      if (demo.steps.length >= DEMO_LIMITS.steps) return fail();
      demo.steps.push({ command: match[1], caption: caption.join('\n'), pauseMs });
      caption = [];
      pauseMs = 0;
    } else if ((match = /^pause\s+(\d{1,6})$/.exec(line)) && Number(match[1]) <= DEMO_LIMITS.pauseMs) pauseMs += Number(match[1]);
    else if ((match = /^delay\s+(\d{1,6})$/.exec(line)) && Number(match[1]) <= DEMO_LIMITS.pauseMs) demo.delayMs = Number(match[1]);
    else return fail();
  }
  if (demo.steps.length === 0) return { ok: false, line: lines.length, text: '' };
  return { ok: true, demo };
}

/** A lesson's solution as a demo: its commands, captioned with the lesson's title. */
export function demoFromLines(title: string, lines: readonly string[]): DemoScript {
  return { title, steps: lines.filter((line) => line.trim() !== '').map((command) => ({ command, caption: '', pauseMs: 0 })) };
}
