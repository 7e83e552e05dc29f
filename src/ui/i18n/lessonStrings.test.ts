import { describe, expect, it } from 'vitest';
import { format, LESSON_STRINGS } from './lessonStrings';

describe('lesson panel strings', () => {
  it('both languages have the same keys and placeholders, none empty; Bangla is Bangla', () => {
    const { bn, en } = LESSON_STRINGS;
    expect(Object.keys(en).sort()).toEqual(Object.keys(bn).sort());
    for (const key of Object.keys(bn) as (keyof typeof bn)[]) {
      expect(bn[key].trim()).not.toBe('');
      expect(en[key].match(/\{\w+\}/g) ?? []).toEqual(bn[key].match(/\{\w+\}/g) ?? []);
    }
    expect(bn.lessonsTitle).toBe('কোর্সের তালিকা');
  });

  it('format fills placeholders', () => {
    expect(format(LESSON_STRINGS.en.progress, { done: 2, total: 5 })).toBe('2/5 goals');
    expect(format('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});
