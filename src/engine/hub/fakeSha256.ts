// Catalog digests must be stable across builds and runs without shipping real blobs, so they are
// derived from a descriptive seed string. This is a mixing hash, not SHA-256: only the shape matters.
export function fakeSha256(seed: string): string {
  let out = '';
  for (let round = 0; round < 8; round++) {
    let h = (0x811c9dc5 ^ Math.imul(round + 1, 0x9e3779b9)) >>> 0;
    for (let i = 0; i < seed.length; i++) {
      h ^= seed.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}

/** A 64-hex digest that keeps a known real 12-char prefix (the part students see). */
export function withPrefix(prefix: string, seed: string): string {
  return (prefix + fakeSha256(seed)).slice(0, 64);
}
