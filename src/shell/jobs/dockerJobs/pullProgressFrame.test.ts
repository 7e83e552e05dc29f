import { describe, expect, it } from 'vitest';
import type { LayerProgress } from '../../../engine/images/pullImage';
import { layerLine, progressFrame, progressText } from './pullProgressFrame';

const layer: LayerProgress = {
  id: 'a2abf6c4d29d',
  digest: 'sha256:a2abf6c4d29d',
  total: 3_400_000,
  size: 9_000_000,
  states: ['Pulling fs layer', 'Waiting', 'Downloading', 'Verifying Checksum', 'Download complete', 'Extracting', 'Pull complete'],
  downloadStartAt: 200,
  downloadedAt: 1000,
  extractStartAt: 1300,
  extractedAt: 1500,
};

const bar = (eq: number) => `[${'='.repeat(eq)}>${' '.repeat(50 - eq)}] `;

describe('progressText (jsonmessage on a wide terminal)', () => {
  it('draws 50 cells and go-units sizes, the current one padded to 8', () => {
    expect(progressText(1_200_000, 3_400_000)).toBe(`${bar(17)}   1.2MB/3.4MB`);
    expect(progressText(0, 31_370_000)).toBe(`${bar(0)}      0B/31.37MB`);
    expect(progressText(31_370_000, 31_370_000)).toBe(`${bar(50)} 31.37MB/31.37MB`);
    expect(progressText(512, 3_146_000)).toBe(`${bar(0)}    512B/3.146MB`);
  });

  it('drops the bar on a terminal of 110 columns or fewer', () => {
    expect(progressText(1_200_000, 3_400_000, 110)).toBe('   1.2MB/3.4MB');
    expect(progressText(1_200_000, 3_400_000, 111)).toBe(`${bar(17)}   1.2MB/3.4MB`);
    expect(layerLine(layer, 600, 80)).toBe('a2abf6c4d29d: Downloading    1.7MB/3.4MB');
  });
});

describe('layerLine', () => {
  it('walks a waiting layer through every state', () => {
    const at = (t: number) => layerLine(layer, t);
    expect(at(0)).toBe('a2abf6c4d29d: Pulling fs layer');
    expect(at(99)).toBe('a2abf6c4d29d: Pulling fs layer');
    expect(at(100)).toBe('a2abf6c4d29d: Waiting');
    expect(at(600)).toBe(`a2abf6c4d29d: Downloading ${bar(25)}   1.7MB/3.4MB`);
    expect(at(1050)).toBe('a2abf6c4d29d: Verifying Checksum');
    expect(at(1250)).toBe('a2abf6c4d29d: Download complete');
    expect(at(1400)).toBe(`a2abf6c4d29d: Extracting ${bar(25)}   1.7MB/3.4MB`);
    expect(at(1500)).toBe('a2abf6c4d29d: Pull complete');
  });

  it('keeps a shared layer at Already exists', () => {
    expect(layerLine({ ...layer, states: ['Already exists'] }, 600)).toBe('a2abf6c4d29d: Already exists');
  });
});

describe('progressFrame', () => {
  it('moves up over the lines drawn before, clears, and draws the block', () => {
    const other = { ...layer, id: '0123456789ab', states: ['Already exists' as const] };
    expect(progressFrame([other, layer], 150, 0)).toEqual({ text: '\x1b[J0123456789ab: Already exists\na2abf6c4d29d: Waiting\n', rows: 2 });
    expect(progressFrame([other, layer], 1250, 2)).toEqual({ text: '\x1b[2A\x1b[J0123456789ab: Already exists\na2abf6c4d29d: Download complete\n', rows: 2 });
  });

  it('counts the rows of lines that wrap on a narrow terminal', () => {
    // 'a2abf6c4d29d: Downloading    1.7MB/3.4MB' is 40 characters: two rows of 30, one of 40.
    expect(progressFrame([layer], 600, 0, 30).rows).toBe(2);
    expect(progressFrame([layer], 600, 0, 40).rows).toBe(1);
  });
});
