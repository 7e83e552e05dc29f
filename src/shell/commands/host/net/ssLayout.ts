// ss (iproute2) lays its table out like this: every column as wide as its longest field (plus a
// one-space left delimiter), then the terminal's spare width spread evenly over the columns of a
// line; a line longer than the terminal gives its spare width to the columns before the one that
// overflowed. Without a terminal width (output not a tty) the table stays compact.
export interface SsColumn {
  header: string;
  align: 'left' | 'right';
  /** Printed before the field unless it starts the line. */
  ldelim: string;
}

/** `rows[i][j]` is the field of column j; the header row comes first. */
export function ssLayout(columns: readonly SsColumn[], rows: readonly string[][], screenWidth?: number): string {
  const all = [columns.map((c) => c.header), ...rows];
  const widths = columns.map((c, j) => Math.max(...all.map((r) => r[j].length)));
  let first = true;
  for (let j = 0; j < columns.length; j++) {
    if (!first && widths[j]) widths[j] += columns[j].ldelim.length;
    if (screenWidth !== undefined) widths[j] = Math.min(widths[j], screenWidth);
    if (widths[j]) first = false;
  }
  if (screenWidth !== undefined) spread(widths, screenWidth);
  const lastVisible = columns.length - 1;
  let text = '';
  for (const row of all) {
    let line = '';
    for (let j = 0; j < columns.length; j++) {
      const field = row[j];
      let printed = j > 0 ? columns[j].ldelim.length : 0;
      let cell = j > 0 ? columns[j].ldelim : '';
      if (widths[j] && columns[j].align === 'right') {
        const s = widths[j] - field.length - printed;
        if (s > 0) {
          cell += ' '.repeat(s);
          printed += s;
        }
      }
      cell += field;
      printed += field.length;
      if (widths[j] && columns[j].align === 'left' && (screenWidth !== undefined || j !== lastVisible)) {
        const s = widths[j] - printed;
        if (s > 0) cell += ' '.repeat(s);
      }
      line += cell;
    }
    text += `${line}\n`;
  }
  return text;
}

function spread(widths: number[], screen: number): void {
  let len = 0;
  let linecols = 0;
  let eol = -1;
  for (let c = 0; c < widths.length; c++) {
    if (!widths[c]) continue;
    linecols++;
    len += widths[c];
    const last = !widths.slice(c + 1).some((w) => w > 0);
    if (!last && len < screen) continue;
    if (len !== screen) {
      if (len > screen) {
        len -= widths[c];
        c--;
        linecols--;
      }
      const pad = screen - len;
      const spacing = Math.floor(pad / linecols);
      let rem = pad % linecols;
      for (let t = c; t > eol; t--) {
        if (!widths[t]) continue;
        widths[t] += spacing;
        if (rem) {
          widths[t]++;
          rem--;
        }
      }
    }
    eol = c;
    len = 0;
    linecols = 0;
  }
}
