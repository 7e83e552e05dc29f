// Readline's listing of possible completions (rl_display_match_list): names sorted down the
// columns, each column as wide as the longest name plus two, as many columns as fit the screen.
import { visibleWidth } from './lineRender';

/** The rows to print, without line ends. */
export function completionColumns(names: string[], cols: number): string[] {
  if (names.length === 0) return [];
  const max = Math.max(...names.map(visibleWidth)) + 2;
  let limit = Math.floor(cols / max);
  // A row exactly as wide as the screen would wrap on terminals that wrap at the last column.
  if (limit !== 1 && limit * max === cols) limit--;
  if (limit <= 0) limit = 1;
  const rows = Math.ceil(names.length / limit);
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    let row = '';
    for (let j = 0, k = r; j < limit && k < names.length; j++, k += rows) {
      const name = names[k];
      row += name;
      if (j + 1 < limit) row += ' '.repeat(Math.max(1, max - visibleWidth(name)));
    }
    out.push(row);
  }
  return out;
}
