// A tiny model of what a VT100 screen shows after some bytes, for tests that assert the text a
// student sees rather than the escape sequences (which may move the cursor in many equal ways).
// It knows exactly the sequences the controller writes: text, CR, LF, BS, BEL, CSI A/B/C/D/H/J/K.

export interface ScreenModel {
  write(data: string): void;
  /** Rows as text, trailing blanks and trailing empty rows dropped. */
  text(): string;
  cursor(): { row: number; col: number };
}

export function createScreenModel(cols: number): ScreenModel {
  const rows: string[][] = [[]];
  let row = 0;
  let col = 0;
  // After the last column the cursor waits; the next printable character wraps first.
  let pendingWrap = false;
  const line = (r: number) => (rows[r] ??= []);

  const put = (ch: string) => {
    if (pendingWrap) {
      row++;
      col = 0;
      pendingWrap = false;
    }
    const cells = line(row);
    while (cells.length < col) cells.push(' ');
    cells[col] = ch;
    if (col === cols - 1) pendingWrap = true;
    else col++;
  };

  const csi = (params: string, final: string) => {
    const n = Math.max(1, Number(params.split(';')[0]) || 1);
    pendingWrap = false;
    if (final === 'A') row = Math.max(0, row - n);
    else if (final === 'B') row += n;
    else if (final === 'C') col = Math.min(cols - 1, col + n);
    else if (final === 'D') col = Math.max(0, col - n);
    else if (final === 'H') [row, col] = [0, 0];
    else if (final === 'K') line(row).length = Math.min(line(row).length, col);
    else if (final === 'J') {
      if (params === '2' || params === '3') rows.length = 0;
      else {
        line(row).length = Math.min(line(row).length, col);
        rows.length = Math.min(rows.length, row + 1);
      }
    }
  };

  return {
    write(data) {
      for (let i = 0; i < data.length; i++) {
        const ch = data[i];
        if (ch === '\x1b' && data[i + 1] === '[') {
          let end = i + 2;
          while (end < data.length && !/[@-~]/.test(data[end])) end++;
          csi(data.slice(i + 2, end), data[end]);
          i = end;
        } else if (ch === '\r') {
          col = 0;
          pendingWrap = false;
        } else if (ch === '\n') {
          row++;
          pendingWrap = false;
        } else if (ch === '\b') {
          col = Math.max(0, col - 1);
          pendingWrap = false;
        } else if (ch >= ' ') put(ch);
      }
    },
    text() {
      const out = Array.from({ length: rows.length }, (_, r) => (rows[r] ?? []).join('').replace(/\s+$/, ''));
      while (out.length > 0 && out[out.length - 1] === '') out.pop();
      return out.join('\n');
    },
    cursor: () => ({ row, col }),
  };
}
