// A shell fence's lines grouped into the commands a click types: one line each, except that a
// heredoc keeps its body and terminator with the line that opens it (the body verbatim, indentation
// and all, as Python code needs), and a line ending in `\` continues on the next.

// `<<WORD`, `<<-WORD`, `<<'WORD'`, `<<"WORD"` (not the here-string `<<<`).
const HEREDOC = /(?<!<)<<(-?)\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\2/g;

interface Pending {
  word: string;
  stripTabs: boolean;
}

function heredocsOpenedBy(line: string): Pending[] {
  return [...line.matchAll(HEREDOC)].map((m) => ({ word: m[3], stripTabs: m[1] === '-' }));
}

export function groupShellLines(text: string): string[] {
  const commands: string[] = [];
  let current: string[] = [];
  let waiting: Pending[] = [];
  const finish = () => {
    if (current.length > 0) commands.push(current.join('\n'));
    current = [];
  };
  for (const raw of text.split('\n')) {
    if (waiting.length > 0) {
      current.push(raw);
      const ends = waiting[0].stripTabs ? raw.replace(/^\t+/, '') : raw;
      if (ends === waiting[0].word) waiting.shift();
      if (waiting.length === 0) finish();
      continue;
    }
    const line = current.length === 0 ? raw.trim() : raw.trimEnd();
    if (current.length === 0 && line === '') continue;
    current.push(line);
    waiting = heredocsOpenedBy(line);
    if (waiting.length === 0 && !line.endsWith('\\')) finish();
  }
  finish();
  return commands;
}
