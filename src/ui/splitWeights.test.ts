import { describe, it, expect } from 'vitest';
import { splitWeights } from './splitWeights';

describe('splitWeights', () => {
  it('moves weight in proportion to the pixels dragged', () => {
    expect(splitWeights({ weight: 3, px: 300 }, { weight: 5, px: 500 }, 100, 50)).toEqual([4, 4]);
    expect(splitWeights({ weight: 3, px: 300 }, { weight: 5, px: 500 }, -100, 50)).toEqual([2, 6]);
  });

  it('keeps each panel at least the minimum width', () => {
    expect(splitWeights({ weight: 1, px: 200 }, { weight: 1, px: 200 }, 1000, 100)).toEqual([1.5, 0.5]);
    expect(splitWeights({ weight: 1, px: 200 }, { weight: 1, px: 200 }, -1000, 100)).toEqual([0.5, 1.5]);
  });

  it('leaves weights alone when nothing is measured', () => {
    expect(splitWeights({ weight: 2, px: 0 }, { weight: 3, px: 0 }, 40, 100)).toEqual([2, 3]);
  });
});
