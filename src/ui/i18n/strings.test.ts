import { describe, it, expect } from 'vitest';
import { STRINGS, stringsFor } from './strings';

describe('UI strings', () => {
  it('both languages have the same keys, none empty', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.bn).sort());
    for (const table of Object.values(STRINGS)) {
      for (const value of Object.values(table)) expect(value.trim()).not.toBe('');
    }
  });

  it('the Bangla table is in Bangla and the toggle names the other language', () => {
    expect(stringsFor('bn').appTitle).toBe('ডকার পাঠশালা');
    expect(stringsFor('bn').switchLang).toBe('English');
    expect(stringsFor('en').appTitle).toBe('Docker Pathshala');
    expect(stringsFor('en').switchLang).toBe('বাংলা');
  });
});
