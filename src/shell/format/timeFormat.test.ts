import { describe, it, expect } from 'vitest';
import { formatANSIC, formatGoTimeString, formatRFC3339, formatRFC3339Nano, formatRFC3339NanoFixed, formatUnixDate } from './timeFormat';

const t = Date.UTC(2018, 4, 20, 10, 0, 0);

describe('Go time layouts', () => {
  it('prints RFC3339Nano with trailing zeros dropped', () => {
    expect(formatRFC3339Nano(t + 123, 456789)).toBe('2018-05-20T10:00:00.123456789Z');
    expect(formatRFC3339Nano(t + 120)).toBe('2018-05-20T10:00:00.12Z');
    expect(formatRFC3339Nano(t)).toBe('2018-05-20T10:00:00Z');
  });

  it('prints the fixed nine-digit form for logs -t', () => {
    expect(formatRFC3339NanoFixed(t + 5)).toBe('2018-05-20T10:00:00.005000000Z');
  });

  it('prints RFC3339, ANSIC, UnixDate and Time.String', () => {
    expect(formatRFC3339(t + 999)).toBe('2018-05-20T10:00:00Z');
    expect(formatANSIC(Date.UTC(2018, 3, 26, 7, 17, 20))).toBe('Thu Apr 26 07:17:20 2018');
    expect(formatANSIC(Date.UTC(2018, 4, 6, 7, 1, 2))).toBe('Sun May  6 07:01:02 2018');
    expect(formatUnixDate(t)).toBe('Sun May 20 10:00:00 UTC 2018');
    expect(formatGoTimeString(t)).toBe('2018-05-20 10:00:00 +0000 UTC');
    expect(formatGoTimeString(t + 500)).toBe('2018-05-20 10:00:00.5 +0000 UTC');
  });
});
