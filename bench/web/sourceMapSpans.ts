// Attributes each byte of a generated (minified) file to the source it came from, by reading
// the source map's mappings: a segment owns the generated text from its column up to the next
// segment's column on the same line. Bytes before a line's first segment, or in a segment with
// no source, are "unmapped" (the bundler's own glue).

export interface SourceMapV3 {
  sources: string[];
  mappings: string;
  sourceRoot?: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes one segment's base64 VLQ fields. */
export function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = DIGIT.get(c);
    if (digit === undefined) throw new Error(`bad VLQ character ${c}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

export const UNMAPPED = '[unmapped]';

/**
 * Bytes (UTF-8) of `code` per source path. Lines are split on "\n"; columns in source maps count
 * UTF-16 units, so each span's text is measured in UTF-8 to match the file size.
 */
export function bytesPerSource(code: string, map: SourceMapV3): Map<string, number> {
  const totals = new Map<string, number>();
  const add = (source: string, text: string) => {
    if (text.length === 0) return;
    totals.set(source, (totals.get(source) ?? 0) + Buffer.byteLength(text));
  };
  const lines = code.split('\n');
  const mapLines = map.mappings.split(';');
  let sourceIndex = 0;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    // The newline belongs to the glue: it is one byte per line.
    if (l < lines.length - 1) add(UNMAPPED, '\n');
    const segments = (mapLines[l] ?? '').split(',').filter((s) => s !== '');
    let column = 0;
    const starts: { column: number; source: string }[] = [];
    for (const seg of segments) {
      const fields = decodeVlq(seg);
      column += fields[0];
      let source = UNMAPPED;
      if (fields.length >= 4) {
        sourceIndex += fields[1];
        source = map.sources[sourceIndex] ?? UNMAPPED;
      }
      starts.push({ column, source });
    }
    add(UNMAPPED, line.slice(0, starts[0]?.column ?? line.length));
    for (let i = 0; i < starts.length; i++) {
      const end = i + 1 < starts.length ? starts[i + 1].column : line.length;
      add(starts[i].source, line.slice(starts[i].column, end));
    }
  }
  return totals;
}
