import { describe, it, expect } from 'vitest';
import { ellipsis, goQuote, goQuoteRune } from './goQuote';

describe('goQuote', () => {
  it('quotes like strconv.Quote', () => {
    expect(goQuote("nginx -g 'daemon off;'")).toBe(`"nginx -g 'daemon off;'"`);
    expect(goQuote('say "hi"\\')).toBe('"say \\"hi\\"\\\\"');
    expect(goQuote('a\nb\tc\x07\x1b\x7f')).toBe('"a\\nb\\tc\\a\\x1b\\x7f"');
    expect(goQuote('আমি…')).toBe('"আমি…"');
    expect(goQuote('\u00a0\u200b')).toBe('"\\u00a0\\u200b"');
    expect(goQuote('')).toBe('""');
  });

  it('quotes runes', () => {
    expect(goQuoteRune(97)).toBe("'a'");
    expect(goQuoteRune(39)).toBe("'\\''");
    expect(goQuoteRune(10)).toBe("'\\n'");
  });
});

describe('ellipsis', () => {
  it('cuts to max-1 cells and appends …', () => {
    expect(ellipsis("nginx -g 'daemon off;'", 20)).toBe("nginx -g 'daemon of…");
    expect(ellipsis('docker-entrypoint.sh postgres', 20)).toBe('docker-entrypoint.s…');
    expect(ellipsis('/hello', 20)).toBe('/hello');
    expect(ellipsis('exactly-twenty-chars', 20)).toBe('exactly-twenty-chars');
  });

  it('handles tiny widths and wide characters', () => {
    expect(ellipsis('abc', 0)).toBe('');
    expect(ellipsis('abc', 1)).toBe('a');
    expect(ellipsis('漢字漢字', 5)).toBe('漢字…');
    expect(ellipsis('漢字', 4)).toBe('漢字');
  });
});
