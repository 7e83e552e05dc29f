import { describe, expect, it } from 'vitest';
import { expandWord, expandWords } from './expandWord';

const env = { NAME: 'World', EMPTY: '', DIR: '/app', FILE: 'archive.tar.gz', TWO: 'a b' };

describe('expandWord', () => {
  it('substitutes $VAR and ${VAR}; an unset one is empty', () => {
    expect(expandWord('hello $NAME', env)).toBe('hello World');
    expect(expandWord('${DIR}/src', env)).toBe('/app/src');
    expect(expandWord('$NOPE-x', env)).toBe('-x');
    expect(expandWord('cost: $', env)).toBe('cost: $');
  });

  it('applies the modifiers', () => {
    expect(expandWord('${NOPE:-3.6}', env)).toBe('3.6');
    expect(expandWord('${EMPTY:-d}', env)).toBe('d');
    expect(expandWord('${EMPTY-d}', env)).toBe('');
    expect(expandWord('${NAME:-d}', env)).toBe('World');
    expect(expandWord('${NAME:+set}', env)).toBe('set');
    expect(expandWord('${NOPE:+set}', env)).toBe('');
    expect(expandWord('${FILE%.*}', env)).toBe('archive.tar');
    expect(expandWord('${FILE%%.*}', env)).toBe('archive');
    expect(expandWord('${FILE#*.}', env)).toBe('tar.gz');
    expect(expandWord('${FILE##*.}', env)).toBe('gz');
  });

  it('removes quotes; single quotes stop substitution; escapes', () => {
    expect(expandWord('"v 2"', env)).toBe('v 2');
    expect(expandWord('"hi $NAME"', env)).toBe('hi World');
    expect(expandWord("'$NAME'", env)).toBe('$NAME');
    expect(expandWord('\\$NAME', env)).toBe('$NAME');
    expect(expandWord('"a\\"b\\c"', env)).toBe('a"b\\c');
    expect(expandWord('`$NAME', env, '`')).toBe('$NAME');
  });

  it('reports syntax errors as Docker does', () => {
    expect(() => expandWord('${NAME', env)).toThrow('failed to process "${NAME": syntax error: missing \'}\'');
    expect(() => expandWord('${}', env)).toThrow('failed to process "${}": syntax error: bad substitution');
    expect(() => expandWord('"open', env)).toThrow('failed to process "\\"open": unexpected end of statement while looking for matching double-quote');
    expect(() => expandWord('${NOPE:?must be set}', env)).toThrow('failed to process "${NOPE:?must be set}": NOPE: must be set');
  });
});

describe('expandWords', () => {
  it('splits at blanks outside quotes, also inside expanded values', () => {
    expect(expandWords('80 "443/tcp"', env)).toEqual(['80', '443/tcp']);
    expect(expandWords('$TWO "$TWO"', env)).toEqual(['a', 'b', 'a b']);
  });
});
