import { describe, it, expect } from 'vitest';
import { outlineLabels, outlineTree } from './outlineTree';
import type { Plan } from './viewTypes';

const b = (s: string) => ({ bn: `bn:${s}`, en: s });

describe('outlineTree', () => {
  it('nests nodes under their groups in plan order', () => {
    const plan: Plan = {
      width: 10,
      height: 10,
      groups: [{ id: 'g', kind: 'vm', x: 0, y: 0, w: 1, h: 1, label: b('vm') }],
      nodes: [
        { id: 'k', kind: 'kernel', x: 0, y: 0, w: 1, h: 1, label: b('kernel'), parent: 'g', sub: b('4.9') },
        { id: 'c', kind: 'container', x: 0, y: 0, w: 1, h: 1, label: b('web'), parent: 'g' },
        { id: 'p', kind: 'process', x: 0, y: 0, w: 1, h: 1, label: b('sleep'), parent: 'c', hint: b('pid') },
        { id: 'hw', kind: 'hardware', x: 0, y: 0, w: 1, h: 1, label: b('hw') },
      ],
      edges: [],
      pulses: [],
    };
    const tree = outlineTree(plan);
    expect(outlineLabels(tree, 'en')).toEqual(['vm', 'kernel', 'web', 'sleep', 'hw']);
    expect(tree[0].children[0].detail).toEqual({ bn: 'bn:4.9', en: '4.9' });
    expect(tree[0].children[1].children[0].detail?.en).toBe('pid');
    expect(tree.map((i) => i.id)).toEqual(['g', 'hw']);
  });
});
