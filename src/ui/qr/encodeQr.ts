// A QR code of some bytes: byte mode, error correction level M, the smallest version 1–25 that
// holds them, and the mask with the lowest penalty (ISO/IEC 18004, 7.4–7.9). Enough for a share
// link on a projector; longer input has no code (null).
import { errorCorrection } from './reedSolomon';
import { MAX_VERSION, alignmentPositions, blockLayout, dataCapacity, formatBits, sizeOf, versionBits } from './qrTables';
import { maskPenalty } from './maskPenalty';

export interface QrCode {
  version: number;
  mask: number;
  size: number;
  /** rows of modules, true = dark. */
  modules: boolean[][];
}

/** Data codewords before the count must be 16 bits wide (versions 10 and up). */
function countBits(version: number): number {
  return version <= 9 ? 8 : 16;
}

export function chooseVersion(byteLength: number): number | null {
  for (let version = 1; version <= MAX_VERSION; version++) {
    if (4 + countBits(version) + 8 * byteLength <= 8 * dataCapacity(version)) return version;
  }
  return null;
}

/** Mode, count, bytes, terminator and pad codewords, filling the version's data capacity. */
export function dataCodewords(bytes: Uint8Array, version: number): Uint8Array {
  const capacity = dataCapacity(version);
  const bits: number[] = [];
  const push = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  push(0b0100, 4);
  push(bytes.length, countBits(version));
  for (const byte of bytes) push(byte, 8);
  push(0, Math.min(4, capacity * 8 - bits.length));
  push(0, (8 - (bits.length % 8)) % 8);
  const out = new Uint8Array(capacity);
  for (let i = 0; i < bits.length; i += 8) out[i / 8] = bits.slice(i, i + 8).reduce((byte, bit) => (byte << 1) | bit, 0);
  for (let i = bits.length / 8, pad = 0; i < capacity; i++, pad++) out[i] = pad % 2 === 0 ? 0xec : 0x11;
  return out;
}

/** Split into blocks, add each block's error correction, interleave data then EC column by column. */
export function interleave(data: Uint8Array, version: number): Uint8Array {
  const { ecPerBlock, dataPerBlock } = blockLayout(version);
  const blocks: Uint8Array[] = [];
  let offset = 0;
  for (const length of dataPerBlock) {
    blocks.push(data.subarray(offset, offset + length));
    offset += length;
  }
  const ecBlocks = blocks.map((block) => errorCorrection(block, ecPerBlock));
  const out: number[] = [];
  const longest = Math.max(...dataPerBlock);
  for (let i = 0; i < longest; i++) for (const block of blocks) if (i < block.length) out.push(block[i]);
  for (let i = 0; i < ecPerBlock; i++) for (const ec of ecBlocks) out.push(ec[i]);
  return Uint8Array.from(out);
}

type Grid = boolean[][];

function functionPatterns(version: number): { modules: Grid; reserved: Grid } {
  const size = sizeOf(version);
  const modules: Grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const reserved: Grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const set = (row: number, col: number, dark: boolean) => {
    modules[row][col] = dark;
    reserved[row][col] = true;
  };
  for (let i = 0; i < size; i++) {
    set(6, i, i % 2 === 0);
    set(i, 6, i % 2 === 0);
  }
  // Finders with their light separators: rings at Chebyshev distance 0–1 and 3 dark, 2 and 4 light.
  for (const [top, left] of [[3, 3], [3, size - 4], [size - 4, 3]]) {
    for (let dr = -4; dr <= 4; dr++) {
      for (let dc = -4; dc <= 4; dc++) {
        const row = top + dr;
        const col = left + dc;
        if (row < 0 || row >= size || col < 0 || col >= size) continue;
        const ring = Math.max(Math.abs(dr), Math.abs(dc));
        set(row, col, ring !== 2 && ring !== 4);
      }
    }
  }
  const centres = alignmentPositions(version);
  for (const row of centres) {
    for (const col of centres) {
      // Not over the finders (the three corners where a centre list meets its ends).
      if ((row === 6 && col === 6) || (row === 6 && col === size - 7) || (row === size - 7 && col === 6)) continue;
      for (let dr = -2; dr <= 2; dr++) for (let dc = -2; dc <= 2; dc++) set(row + dr, col + dc, Math.max(Math.abs(dr), Math.abs(dc)) !== 1);
    }
  }
  // Format areas (written per mask later) and the dark module.
  drawFormat(modules, reserved, 0);
  if (version >= 7) {
    const bits = versionBits(version);
    for (let i = 0; i < 18; i++) {
      const dark = ((bits >>> i) & 1) === 1;
      const a = size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      set(b, a, dark);
      set(a, b, dark);
    }
  }
  return { modules, reserved };
}

function drawFormat(modules: Grid, reserved: Grid | null, mask: number): void {
  const size = modules.length;
  const bits = formatBits(mask);
  const set = (row: number, col: number, dark: boolean) => {
    modules[row][col] = dark;
    if (reserved) reserved[row][col] = true;
  };
  const bit = (i: number) => ((bits >>> i) & 1) === 1;
  for (let i = 0; i <= 5; i++) set(i, 8, bit(i));
  set(7, 8, bit(6));
  set(8, 8, bit(7));
  set(8, 7, bit(8));
  for (let i = 9; i < 15; i++) set(8, 14 - i, bit(i));
  for (let i = 0; i < 8; i++) set(8, size - 1 - i, bit(i));
  for (let i = 8; i < 15; i++) set(size - 15 + i, 8, bit(i));
  set(size - 8, 8, true);
}

/** The codeword bits in the two-column zigzag from the bottom right, around the function patterns. */
function placeCodewords(modules: Grid, reserved: Grid, codewords: Uint8Array): void {
  const size = modules.length;
  let index = 0;
  let upward = true;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5; // the vertical timing column is skipped as a whole
    for (let step = 0; step < size; step++) {
      const row = upward ? size - 1 - step : step;
      for (const col of [right, right - 1]) {
        if (reserved[row][col]) continue;
        const bit = index < codewords.length * 8 ? (codewords[index >>> 3] >>> (7 - (index & 7))) & 1 : 0;
        modules[row][col] = bit === 1;
        index++;
      }
    }
    upward = !upward;
  }
}

const MASKS: ((row: number, col: number) => boolean)[] = [
  (r, c) => (r + c) % 2 === 0,
  (r) => r % 2 === 0,
  (_, c) => c % 3 === 0,
  (r, c) => (r + c) % 3 === 0,
  (r, c) => (Math.floor(r / 2) + Math.floor(c / 3)) % 2 === 0,
  (r, c) => ((r * c) % 2) + ((r * c) % 3) === 0,
  (r, c) => (((r * c) % 2) + ((r * c) % 3)) % 2 === 0,
  (r, c) => (((r + c) % 2) + ((r * c) % 3)) % 2 === 0,
];

function applyMask(modules: Grid, reserved: Grid, mask: number): Grid {
  return modules.map((line, row) => line.map((dark, col) => (reserved[row][col] ? dark : dark !== MASKS[mask](row, col))));
}

/** The QR code of `bytes`, or null when they do not fit version 25-M (1,000 data bytes). */
export function encodeQr(bytes: Uint8Array, forceMask?: number): QrCode | null {
  const version = chooseVersion(bytes.length);
  if (version === null) return null;
  const codewords = interleave(dataCodewords(bytes, version), version);
  const { modules, reserved } = functionPatterns(version);
  placeCodewords(modules, reserved, codewords);
  let best: QrCode | null = null;
  let bestPenalty = Infinity;
  for (let mask = 0; mask < 8; mask++) {
    if (forceMask !== undefined && mask !== forceMask) continue;
    const masked = applyMask(modules, reserved, mask);
    drawFormat(masked, null, mask);
    const penalty = maskPenalty(masked);
    if (penalty < bestPenalty) {
      bestPenalty = penalty;
      best = { version, mask, size: masked.length, modules: masked };
    }
  }
  return best;
}
