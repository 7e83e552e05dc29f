// Terminal cell widths of characters, as docker/cli measures them (East Asian wide and
// full-width characters take two cells, everything else one).
const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

/** Below this every code point is one cell wide. */
export const FIRST_WIDE = 0x1100;

export function charWidth(codePoint: number): number {
  for (const [lo, hi] of WIDE_RANGES) if (codePoint >= lo && codePoint <= hi) return 2;
  return 1;
}

const NOT_NARROW = /[^\0-\u10ff]/;
const NOT_BMP_SINGLE = /[^\0-\ud7ff]/;

/** Whether every UTF-16 unit is below `limit`: 0x1100 (FIRST_WIDE, so one cell each) or 0xD800 (no surrogates). */
export function allBelow(s: string, limit: 0x1100 | 0xd800): boolean {
  // A native regex scan: a loop of charCodeAt is many times slower on freshly concatenated strings.
  return !(limit === 0x1100 ? NOT_NARROW : NOT_BMP_SINGLE).test(s);
}

/** Number of Unicode code points: Go's utf8.RuneCountInString. */
export function runeCount(s: string): number {
  if (allBelow(s, 0xd800)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Display width in terminal cells, counting wide characters as two. */
export function displayWidth(s: string): number {
  // Table cells are nearly always narrow text: one pass over the units settles it.
  if (allBelow(s, FIRST_WIDE)) return s.length;
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0) as number);
  return w;
}

/** Length in UTF-8 bytes: Go's len(s). */
export function byteLength(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** UTF-8 encoding of s (lone surrogates become U+FFFD, as Go stores them). */
export function utf8Encode(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    let c = ch.codePointAt(0) as number;
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return out;
}
