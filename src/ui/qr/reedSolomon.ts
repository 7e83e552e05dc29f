// Reed–Solomon error correction over GF(2^8) with the QR code's field polynomial
// x^8 + x^4 + x^3 + x^2 + 1 (0x11d) and generator roots α^0 … α^(n-1) (ISO/IEC 18004, 7.5.2).
const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
{
  let value = 1;
  for (let i = 0; i < 255; i++) {
    EXP[i] = value;
    LOG[value] = i;
    value <<= 1;
    if (value & 0x100) value ^= 0x11d;
  }
  // Doubled so that a sum of two logs indexes without a modulo.
  for (let i = 255; i < 512; i++) EXP[i] = EXP[i - 255];
}

export function gfMultiply(a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : EXP[LOG[a] + LOG[b]];
}

/** The generator polynomial of `degree`, highest power first, leading 1 left out. */
export function generatorPolynomial(degree: number): Uint8Array {
  // (x - α^0)(x - α^1)…: start from 1 and multiply one factor at a time.
  let poly = [1];
  for (let i = 0; i < degree; i++) {
    const next = new Array<number>(poly.length + 1).fill(0);
    for (let j = 0; j < poly.length; j++) {
      next[j] ^= poly[j];
      next[j + 1] ^= gfMultiply(poly[j], EXP[i]);
    }
    poly = next;
  }
  return Uint8Array.from(poly.slice(1));
}

/** The `degree` error correction codewords of `data` (the remainder of data·x^degree by the generator). */
export function errorCorrection(data: ArrayLike<number>, degree: number): Uint8Array {
  const generator = generatorPolynomial(degree);
  const remainder = new Uint8Array(degree);
  for (let i = 0; i < data.length; i++) {
    const factor = data[i] ^ remainder[0];
    remainder.copyWithin(0, 1);
    remainder[degree - 1] = 0;
    for (let j = 0; j < degree; j++) remainder[j] ^= gfMultiply(generator[j], factor);
  }
  return remainder;
}
