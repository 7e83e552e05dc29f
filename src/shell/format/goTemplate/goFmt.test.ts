import { describe, it, expect } from 'vitest';
import { sprint, sprintf, sprintln } from './goFmt';
import { formatFloatG } from './goValues';

describe('sprintf', () => {
  it.each([
    ['%s:%d', ['web', 80], 'web:80'],
    ['%-10s|', ['ab'], 'ab        |'],
    ['%10s|', ['ab'], '        ab|'],
    ['%05d', [42], '00042'],
    ['%+d % d', [5, 5], '+5  5'],
    ['%x %X %#x %o %b', [255, 255, 255, 8, 5], 'ff FF 0xff 10 101'],
    ['%x', ['hi'], '6869'],
    ['%q', ['a"b'], '"a\\"b"'],
    ['%q', [97], "'a'"],
    ['%c', [0x41], 'A'],
    ['%.2f %f %e %g', [3.14159, 1.5, 123456.789, 0.000012], '3.14 1.500000 1.234568e+05 1.2e-05'],
    ['%8.3f|', [-3.14159], '  -3.142|'],
    ['%v %v %v %v', [true, null, ['a', 1], { b: 1, a: 2 }], 'true <nil> [a 1] map[a:2 b:1]'],
    ['%t', [false], 'false'],
    ['%T %T %T', ['s', 1, 1.5], 'string int float64'],
    ['%.3s', ['abcdef'], 'abc'],
    ['%*d', [5, 42], '   42'],
    ['100%%', [], '100%'],
    ['%d', ['x'], '%!d(string=x)'],
    ['%s', [5], '%!s(int=5)'],
    ['%s', [null], '%!s(<nil>)'],
    ['%d %d', [1], '1 %!d(MISSING)'],
    ['%d', [1, 'x', 2], '1%!(EXTRA string=x, int=2)'],
    ['%', [], '%!(NOVERB)'],
  ])('%s', (format, args, out) => {
    expect(sprintf(format, args)).toBe(out);
  });
});

describe('sprint and sprintln', () => {
  it('spaces operands only when neither is a string', () => {
    expect(sprint(['a', 1, 2, 'b', 'c'])).toBe('a1 2bc');
    expect(sprintln(['a', 1, 'b'])).toBe('a 1 b\n');
  });
});

describe('formatFloatG', () => {
  it.each([
    [1.85, 3, '1.85'],
    [13.3, 3, '13.3'],
    [100, 3, '100'],
    [999.9, 3, '1e+03'],
    [1.5, 4, '1.5'],
    [1.9521, 4, '1.952'],
    [1e6, -1, '1e+06'],
    [123456, -1, '123456'],
    [0.0001, -1, '0.0001'],
    [0.00001, -1, '1e-05'],
    [5.36870912e8, -1, '5.36870912e+08'],
  ])('%d with precision %d is %s', (x, prec, out) => {
    expect(formatFloatG(x, prec)).toBe(out);
  });
});
