import { describe, it, expect } from 'vitest';
import { bytesSize, fromHumanSize, humanDuration, humanSize, humanSizeWithPrecision, ramInBytes } from './units';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;

describe('humanDuration', () => {
  it.each([
    [0, 'Less than a second'],
    [999, 'Less than a second'],
    [1 * s, '1 second'],
    [1999, '1 second'],
    [2 * s, '2 seconds'],
    [59 * s + 999, '59 seconds'],
    [60 * s, 'About a minute'],
    [119 * s, 'About a minute'],
    [2 * m, '2 minutes'],
    [59 * m + 59 * s, '59 minutes'],
    [60 * m, 'About an hour'],
    [89 * m, 'About an hour'],
    [90 * m, '2 hours'],
    [47 * h, '47 hours'],
    [47 * h + 30 * m, '2 days'],
    [48 * h, '2 days'],
    [13 * d, '13 days'],
    [14 * d, '2 weeks'],
    [59 * d, '8 weeks'],
    [60 * d, '2 months'],
    [729 * d, '24 months'],
    [730 * d, '2 years'],
    [3 * 365 * d, '3 years'],
  ])('%d ms is %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });
});

describe('humanSize', () => {
  it.each([
    [0, '0B'],
    [999, '999B'],
    [1000, '1kB'],
    [1850, '1.85kB'],
    [13_300, '13.3kB'],
    [72_800_000, '72.8MB'],
    [1_090_000_000, '1.09GB'],
    [1_234_567, '1.23MB'],
    [999_900, '1e+03kB'],
    [1e27, '1e+03YB'],
  ])('%d bytes is %s', (bytes, text) => {
    expect(humanSize(bytes)).toBe(text);
  });

  it('takes a precision like HumanSizeWithPrecision', () => {
    expect(humanSizeWithPrecision(1_234_567, 4)).toBe('1.235MB');
  });
});

describe('bytesSize', () => {
  it.each([
    [0, '0B'],
    [512 * 2 ** 20, '512MiB'],
    [2_095_878_144, '1.952GiB'],
    [1536, '1.5KiB'],
  ])('%d bytes is %s', (bytes, text) => {
    expect(bytesSize(bytes)).toBe(text);
  });
});

describe('ramInBytes and fromHumanSize', () => {
  it('parses binary and decimal units', () => {
    expect(ramInBytes('512m')).toBe(536870912);
    expect(ramInBytes('1g')).toBe(1073741824);
    expect(ramInBytes('1.5KiB')).toBe(1536);
    expect(ramInBytes('32')).toBe(32);
    expect(ramInBytes('32 kb')).toBe(32768);
    expect(ramInBytes('10b')).toBe(10);
    expect(fromHumanSize('44kB')).toBe(44000);
    expect(fromHumanSize('1.5M')).toBe(1500000);
  });

  it("reports go-units' errors", () => {
    expect(() => ramInBytes('abc')).toThrow("invalid size: 'abc'");
    expect(() => ramInBytes('')).toThrow("invalid size: ''");
    expect(() => ramInBytes('-1m')).toThrow("invalid size: '-1m'");
    expect(() => ramInBytes('12x')).toThrow("invalid suffix: 'x'");
    expect(() => ramInBytes('12mbb')).toThrow("invalid suffix: 'mbb'");
    expect(() => ramInBytes('12kx')).toThrow("invalid suffix: 'kx'");
    expect(() => ramInBytes('1.2.3m')).toThrow('strconv.ParseFloat: parsing "1.2.3": invalid syntax');
  });

  it('follows the 2018 regexp parser in legacy mode', () => {
    expect(ramInBytes('512m', { legacy: true })).toBe(536870912);
    expect(ramInBytes('1 GiB', { legacy: true })).toBe(1073741824);
    expect(() => ramInBytes('12x', { legacy: true })).toThrow("invalid size: '12x'");
  });
});
