import { describe, expect, it } from 'vitest';
import { bytesPerSource, decodeVlq, UNMAPPED } from './sourceMapSpans';

describe('decodeVlq', () => {
  it('reads signed base64 VLQ fields', () => {
    expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlq('CACD')).toEqual([1, 0, 1, -1]);
    expect(decodeVlq('gBAA')).toEqual([16, 0, 0]);
  });
});

describe('bytesPerSource', () => {
  it('gives each segment the text up to the next one, and glue to unmapped', () => {
    // line 0: "ab" from a.ts at column 0, "cd" from b.ts at column 2; line 1: "xy" unmapped, "z" from a.ts.
    const code = 'abcd\nxyz';
    // Segments: column delta, source delta, line, column; the column restarts on each line.
    const map = { sources: ['a.ts', 'b.ts'], mappings: 'AAAA,ECAA;EDAA' };
    expect(Object.fromEntries(bytesPerSource(code, map))).toEqual({ 'a.ts': 3, 'b.ts': 2, [UNMAPPED]: 3 });
  });

  it('measures UTF-8 bytes', () => {
    expect(Object.fromEntries(bytesPerSource('"আ"', { sources: ['bn.ts'], mappings: 'AAAA' }))).toEqual({ 'bn.ts': 5 });
  });
});
