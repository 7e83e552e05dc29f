import { describe, expect, it } from 'vitest';
import { MAX_VERSION, alignmentPositions, blockLayout, dataCapacity, formatBits, rawDataModules, versionBits } from './qrTables';
import { errorCorrection } from './reedSolomon';

describe('QR tables (level M)', () => {
  it('every version fills its modules: codewords × 8 plus the remainder bits of its range', () => {
    const remainder = (v: number) => (v === 1 ? 0 : v <= 6 ? 7 : v <= 13 ? 0 : v <= 20 ? 3 : 4);
    for (let v = 1; v <= MAX_VERSION; v++) {
      const { ecPerBlock, dataPerBlock } = blockLayout(v);
      const total = dataCapacity(v) + ecPerBlock * dataPerBlock.length;
      expect(total * 8 + remainder(v), `version ${v}`).toBe(rawDataModules(v));
    }
  });

  it('data capacities of the standard: 16, 28, 44 … 1000 codewords (byte-mode characters are 2–3 fewer)', () => {
    expect([1, 2, 3, 5, 10, 15, 20, 25].map(dataCapacity)).toEqual([16, 28, 44, 86, 216, 415, 669, 1000]);
  });

  it('alignment pattern centres', () => {
    expect(alignmentPositions(1)).toEqual([]);
    expect(alignmentPositions(2)).toEqual([6, 18]);
    expect(alignmentPositions(7)).toEqual([6, 22, 38]);
    expect(alignmentPositions(15)).toEqual([6, 26, 48, 70]);
    expect(alignmentPositions(20)).toEqual([6, 34, 62, 90]);
    expect(alignmentPositions(24)).toEqual([6, 28, 54, 80, 106]);
    expect(alignmentPositions(25)).toEqual([6, 32, 58, 84, 110]);
  });

  it('format bits for M and each mask, as tabulated', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((mask) => formatBits(mask).toString(2).padStart(15, '0'))).toEqual([
      '101010000010010',
      '101000100100101',
      '101111001111100',
      '101101101001011',
      '100010111111001',
      '100000011001110',
      '100111110010111',
      '100101010100000',
    ]);
  });

  it('version bits', () => {
    expect(versionBits(7).toString(2).padStart(18, '0')).toBe('000111110010010100');
    expect(versionBits(8)).toBe(0x085bc);
    expect(versionBits(9)).toBe(0x09a99);
  });

  it('Reed–Solomon: the error correction of HELLO WORLD at 1-M', () => {
    const data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17];
    expect([...errorCorrection(data, 10)]).toEqual([196, 35, 39, 119, 235, 215, 231, 226, 93, 23]);
  });
});
