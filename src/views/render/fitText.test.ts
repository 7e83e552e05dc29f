import { describe, it, expect } from 'vitest';
import { fitText } from './fitText';

describe('fitText', () => {
  it('keeps a label that fits and cuts a long one with an ellipsis', () => {
    expect(fitText('nginx', 100)).toBe('nginx');
    expect(fitText('abcdefghijklmnopqrstuvwxyz', 66)).toBe('abcdefghi…');
  });
});
