// The facts of QR code versions 1–25 at error correction level M (ISO/IEC 18004, tables 1, 9, E.1):
// how the codewords split into blocks, where alignment patterns sit, and the BCH-coded format and
// version information.

export const MAX_VERSION = 25;

/** Level M: error correction codewords per block, then [blocks, data codewords per block] per group. */
const BLOCKS_M: readonly (readonly [number, number, number, number?, number?])[] = [
  [10, 1, 16],
  [16, 1, 28],
  [26, 1, 44],
  [18, 2, 32],
  [24, 2, 43],
  [16, 4, 27],
  [18, 4, 31],
  [22, 2, 38, 2, 39],
  [22, 3, 36, 2, 37],
  [26, 4, 43, 1, 44],
  [30, 1, 50, 4, 51],
  [22, 6, 36, 2, 37],
  [22, 8, 37, 1, 38],
  [24, 4, 40, 5, 41],
  [24, 5, 41, 5, 42],
  [28, 7, 45, 3, 46],
  [28, 10, 46, 1, 47],
  [26, 9, 43, 4, 44],
  [26, 3, 44, 11, 45],
  [26, 3, 41, 13, 42],
  [26, 17, 42],
  [28, 17, 46],
  [28, 4, 47, 14, 48],
  [28, 6, 45, 14, 46],
  [28, 8, 47, 13, 48],
];

export interface BlockLayout {
  ecPerBlock: number;
  /** Data codewords of each block, in order. */
  dataPerBlock: number[];
}

export function blockLayout(version: number): BlockLayout {
  const [ecPerBlock, count1, data1, count2 = 0, data2 = 0] = BLOCKS_M[version - 1];
  return { ecPerBlock, dataPerBlock: [...Array<number>(count1).fill(data1), ...Array<number>(count2).fill(data2)] };
}

export function dataCapacity(version: number): number {
  return blockLayout(version).dataPerBlock.reduce((sum, n) => sum + n, 0);
}

export function sizeOf(version: number): number {
  return 17 + 4 * version;
}

/** Modules left for codewords and remainder bits once the function patterns are placed. */
export function rawDataModules(version: number): number {
  const size = sizeOf(version);
  let modules = size * size - 3 * 64 - 2 * (size - 16) - 31; // finders + separators, timing, format + dark module
  if (version >= 2) {
    const count = Math.floor(version / 7) + 2;
    modules -= (count * count - 3) * 25 - 2 * (count - 2) * 5; // alignment patterns, less their overlap with timing
  }
  if (version >= 7) modules -= 36;
  return modules;
}

/** Row/column centres of the alignment patterns. */
export function alignmentPositions(version: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const last = sizeOf(version) - 7;
  // Evenly spaced from the last towards 6, the step rounded up to an even number.
  const step = Math.ceil((last - 6) / (count - 1) / 2) * 2;
  const positions = [6];
  for (let i = count - 2; i >= 0; i--) positions.push(last - i * step);
  return positions;
}

function bchRemainder(value: number, generator: number, generatorBits: number): number {
  let rem = value << (generatorBits - 1);
  for (let bit = 31; bit >= generatorBits - 1; bit--) if ((rem >>> bit) & 1) rem ^= generator << (bit - generatorBits + 1);
  return rem;
}

/** The 15 format bits for level M (indicator 00) and `mask`, masked with 101010000010010. */
export function formatBits(mask: number): number {
  const data = (0b00 << 3) | mask;
  return ((data << 10) | bchRemainder(data, 0x537, 11)) ^ 0x5412;
}

/** The 18 version bits (versions 7 and up). */
export function versionBits(version: number): number {
  return (version << 12) | bchRemainder(version, 0x1f25, 13);
}
