import { describe, expect, it } from 'vitest';
import { completionColumns } from './completionList';

describe('completionColumns', () => {
  it('sorts down the columns, each as wide as the longest name plus two', () => {
    const names = ['attach', 'commit', 'cp', 'create', 'diff', 'exec', 'export'];
    expect(completionColumns(names, 30)).toEqual(['attach  create  export', 'commit  diff    ', 'cp      exec    ']);
  });

  it('one name a row when the screen is narrower than a column', () => {
    expect(completionColumns(['container', 'image'], 8)).toEqual(['container', 'image']);
  });

  it('a row exactly as wide as the screen loses a column', () => {
    expect(completionColumns(['ab', 'cd', 'ef', 'gh'], 9)).toEqual(['ab  ef', 'cd  gh']);
    expect(completionColumns(['ab', 'cd', 'ef', 'gh'], 8)).toEqual(['ab', 'cd', 'ef', 'gh']);
  });
});
