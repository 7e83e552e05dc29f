// tabwriteTable() must give exactly what tabwrite() gives for the same lines joined as text.
import { describe, expect, it } from 'vitest';
import { displayWidth } from './runeWidth';
import { tabwrite, tabwriteTable, tableWriterOptions } from './tabwriter';

const join = (rows: string[][]) => rows.map((r) => r.join('\t') + '\n').join('');

describe('tabwriteTable', () => {
  const cases: Record<string, string[][]> = {
    plain: [
      ['CONTAINER ID', 'IMAGE', 'NAMES'],
      ['4d5b9c2a1f3e', 'nginx', 'web'],
      ['0123456789ab', 'tutum/hello-world:latest', 'x'],
    ],
    'empty cells and an empty last column': [
      ['ID', 'ERROR', 'PORTS'],
      ['abc', '', ''],
    ],
    'wide characters': [
      ['A', 'B', 'C'],
      ['你好世界', 'é', 'z'],
      ['ab', '🐳 whale', ''],
    ],
    'one column': [['only'], ['cells']],
    'header only': [['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE']],
    'rows of different lengths': [
      ['a', 'b', 'c'],
      ['long cell', 'x'],
      ['q', 'r', 's', 't'],
    ],
    'cells holding terminators': [
      ['a\tb', 'c'],
      ['d', 'e\nf'],
      ['g\vh', 'i'],
    ],
  };
  for (const [name, rows] of Object.entries(cases)) {
    it(name, () => {
      for (const opts of [tableWriterOptions(10), tableWriterOptions(20), { ...tableWriterOptions(10), widthOf: displayWidth }, { minWidth: 0, padding: 1, padChar: '\t' as const, tabWidth: 8 }]) {
        expect(tabwriteTable(rows, opts)).toBe(tabwrite(join(rows), opts));
      }
    });
  }

  it('aligns a table by its widest cells', () => {
    expect(tabwriteTable(cases['wide characters'], { ...tableWriterOptions(3), widthOf: displayWidth })).toBe('A          B          C\n你好世界   é          z\nab         🐳 whale   \n');
  });
});
