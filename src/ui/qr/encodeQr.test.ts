import { describe, expect, it } from 'vitest';
import { chooseVersion, dataCodewords, encodeQr } from './encodeQr';
import { qrPath, qrViewBox } from './qrSvg';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('encodeQr', () => {
  it('byte mode data codewords: mode, count, bytes, terminator, pad EC 11', () => {
    expect([...dataCodewords(bytes('hello'), 1)].map((b) => b.toString(16).padStart(2, '0')).join(' ')).toBe(
      '40 56 86 56 c6 c6 f0 ec 11 ec 11 ec 11 ec 11 ec',
    );
  });

  it('picks the smallest version that holds the bytes, up to 25', () => {
    expect(chooseVersion(14)).toBe(1);
    expect(chooseVersion(15)).toBe(2);
    expect(chooseVersion(213)).toBe(10);
    expect(chooseVersion(997)).toBe(25);
    expect(chooseVersion(998)).toBeNull();
    expect(encodeQr(new Uint8Array(998))).toBeNull();
  });

  it('draws finders, timing, the dark module and the format bits of the chosen mask', () => {
    const code = encodeQr(bytes('https://pathshala.example/#s=abc'))!;
    expect(code.version).toBe(3);
    expect(code.size).toBe(29);
    const row = (r: number, from: number, to: number) => code.modules[r].slice(from, to).map((d) => (d ? '#' : '.')).join('');
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((r) => row(r, 0, 8))).toEqual(['#######.', '#.....#.', '#.###.#.', '#.###.#.', '#.###.#.', '#.....#.', '#######.', '........']);
    expect(row(6, 8, 21)).toBe('#.#.#.#.#.#.#');
    expect(code.modules[code.size - 8][8]).toBe(true);
    // The format bits around the top-left finder read back as the mask's.
    const bits = [0, 1, 2, 3, 4, 5].map((i) => code.modules[i][8]);
    bits.push(code.modules[7][8], code.modules[8][8], code.modules[8][7]);
    for (let i = 9; i < 15; i++) bits.push(code.modules[8][14 - i]);
    const read = bits.reduce((value, dark, i) => value | ((dark ? 1 : 0) << i), 0);
    expect((read ^ 0x5412) >> 10).toBe(code.mask);
  });

  it('renders as one SVG path with a quiet zone', () => {
    const code = encodeQr(bytes('a'))!;
    expect(qrViewBox(code)).toBe('0 0 29 29');
    expect(qrPath(code).startsWith('M4 4h1v1h-1zM5 4h1v1h-1z')).toBe(true);
  });
});
