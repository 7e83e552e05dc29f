import { describe, expect, it } from 'vitest';
import { formatAnswer, formatTable } from './psqlFormat';

describe('psql aligned output', () => {
  it('prints a char(50) row as psql does: centred headers, numbers right, the last column unpadded', () => {
    const set = { columns: ['id', 'name'], types: [23, 1042], rows: [['1', 'Big Idea Software'.padEnd(50)]], tag: 'SELECT 1' };
    expect(formatAnswer({ results: [set], notices: [] }, 'SELECT * FROM company;').out).toBe(
      ' id |                        name                        \n' +
        '----+----------------------------------------------------\n' +
        '  1 | Big Idea Software                                 \n' +
        '(1 row)\n\n',
    );
  });

  it('marks multi-line cells with + and centres the title over the table', () => {
    const out = formatTable(
      { columns: ['Name', 'Access privileges'], types: [], rows: [['postgres', ''], ['template0', '=c/postgres\npostgres=CTc/postgres']] },
      { title: 'List of databases' },
    );
    expect(out).toBe(
      '         List of databases\n' +
        '   Name    |   Access privileges   \n' +
        '-----------+-----------------------\n' +
        ' postgres  | \n' +
        ' template0 | =c/postgres          +\n' +
        '           | postgres=CTc/postgres\n' +
        '(2 rows)\n\n',
    );
  });

  it('prints an empty result with (0 rows), and tags for commands', () => {
    const empty = { columns: ['a'], types: [25], rows: [], tag: 'SELECT 0' };
    expect(formatAnswer({ results: [empty], notices: [] }, 'select a from t;').out).toBe(' a \n---\n(0 rows)\n\n');
    const tags = [{ columns: [], types: [], rows: [], tag: 'CREATE TABLE' }, { columns: [], types: [], rows: [], tag: 'INSERT 0 1' }];
    expect(formatAnswer({ results: tags, notices: [] }, '').out).toBe('CREATE TABLE\nINSERT 0 1\n');
  });

  it('prints RETURNING rows and then the tag', () => {
    const set = { columns: ['id'], types: [23], rows: [['7']], tag: 'INSERT 0 1' };
    expect(formatAnswer({ results: [set], notices: [] }, '').out).toBe(' id \n----\n  7\n(1 row)\n\nINSERT 0 1\n');
  });

  it('prints an error with LINE and the caret under the position', () => {
    const answer = { results: [], notices: [], error: { severity: 'ERROR', message: 'relation "nope" does not exist', position: 15 } };
    expect(formatAnswer(answer, 'SELECT * FROM nope;').err).toBe('ERROR:  relation "nope" does not exist\nLINE 1: SELECT * FROM nope;\n                      ^\n');
  });

  it('finds the error line of a multi-line statement', () => {
    const sql = 'select 1,\n  2 frm x;';
    const answer = { results: [], notices: [], error: { severity: 'ERROR', message: 'syntax error at or near "frm"', position: 15 } };
    expect(formatAnswer(answer, sql).err).toBe('ERROR:  syntax error at or near "frm"\nLINE 2:   2 frm x;\n            ^\n');
  });

  it('prints notices before the tag', () => {
    const answer = { results: [{ columns: [], types: [], rows: [], tag: 'DROP TABLE' }], notices: [{ severity: 'NOTICE', message: 'table "x" does not exist, skipping' }] };
    expect(formatAnswer(answer, '')).toEqual({ out: 'DROP TABLE\n', err: 'NOTICE:  table "x" does not exist, skipping\n' });
  });
});
