// The Options block of a help page, laid out as pflag's FlagUsagesWrapped does: flags sorted
// by name, descriptions aligned three columns after the widest flag, wrapped to the terminal.
import type { FlagKind, FlagSpec } from './flagTypes';

const DEFAULT_VALUE_NAMES: Record<FlagKind, string> = {
  bool: '',
  string: 'string',
  stringArray: 'stringArray',
  int: 'int',
  duration: 'duration',
  bytes: 'bytes',
  decimal: 'decimal',
  list: 'list',
};

function flagColumn(flag: FlagSpec): string {
  let line = flag.short ? `  -${flag.short}, --${flag.long}` : `      --${flag.long}`;
  const valueName = flag.valueName ?? DEFAULT_VALUE_NAMES[flag.kind];
  if (valueName && flag.kind !== 'bool') line += ` ${valueName}`;
  return line;
}

function description(flag: FlagSpec): string {
  if (!flag.defaultText) return flag.description;
  const text = flag.defaultText.startsWith('(default') ? flag.defaultText : `(default ${flag.defaultText})`;
  return `${flag.description} ${text}`;
}

/** pflag wrapN: cut at the last blank before `width`, unless the rest fits within `slop` more. */
function wrapN(width: number, slop: number, s: string): [string, string] {
  if (width + slop > s.length) return [s, ''];
  const head = s.slice(0, width);
  const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
  if (w <= 0) return [s, ''];
  const nl = head.lastIndexOf('\n');
  if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)];
  return [s.slice(0, w), s.slice(w + 1)];
}

/** pflag wrap: the first line is placed by the caller; later lines are indented by `indent`. */
function wrap(indent: number, cols: number, s: string): string {
  let width = cols - indent;
  let out = '';
  if (width < 24) {
    indent = 16;
    width = cols - indent;
    out += '\n' + ' '.repeat(indent);
  }
  if (width < 24) return s.replace(/\n/g, out);
  const slop = 5;
  width -= slop;
  const pad = '\n' + ' '.repeat(indent);
  let [line, rest] = wrapN(width, slop, s);
  out += line.replace(/\n/g, pad);
  while (rest !== '') {
    [line, rest] = wrapN(width, slop, rest);
    out += pad + line.replace(/\n/g, pad);
  }
  return out;
}

/** The flag rows, each ending in a newline; `cols` is the terminal width minus one, as docker passes. */
export function renderFlagUsages(flags: FlagSpec[], cols = 79): string {
  const visible = flags.filter((f) => !f.hidden).sort((a, b) => (a.long < b.long ? -1 : a.long > b.long ? 1 : 0));
  const columns = visible.map(flagColumn);
  const maxlen = Math.max(0, ...columns.map((c) => c.length + 1));
  return visible
    .map((flag, i) => {
      const col = columns[i];
      const spacing = ' '.repeat(maxlen - col.length);
      return `${col} ${spacing} ${wrap(maxlen + 2, cols, description(flag))}\n`;
    })
    .join('');
}
