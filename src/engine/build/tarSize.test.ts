import { describe, expect, it } from 'vitest';
import { tarEntrySize, tarStreamSize } from './tarSize';

describe('tarStreamSize', () => {
  it('counts the seed context as 4608 bytes (Dockerfile, app/, main.py, requirements.txt)', () => {
    expect(
      tarStreamSize([
        { path: 'Dockerfile', type: 'f', size: 116 },
        { path: 'app', type: 'd', size: 0 },
        { path: 'app/main.py', type: 'f', size: 214 },
        { path: 'app/requirements.txt', type: 'f', size: 6 },
      ]),
    ).toBe(4608);
  });

  it('pads content to whole blocks and gives empty files and links a header only', () => {
    expect(tarEntrySize({ path: 'a', type: 'f', size: 0 })).toBe(512);
    expect(tarEntrySize({ path: 'a', type: 'f', size: 513 })).toBe(1536);
    expect(tarEntrySize({ path: 'l', type: 'l', size: 0 })).toBe(512);
    expect(tarStreamSize([])).toBe(1024);
  });

  it('adds a PAX header for a name USTAR cannot split', () => {
    expect(tarEntrySize({ path: 'x'.repeat(120), type: 'f', size: 1 })).toBe(2048);
    expect(tarEntrySize({ path: `${'d'.repeat(50)}/${'f'.repeat(60)}`, type: 'f', size: 1 })).toBe(1024);
  });
});
