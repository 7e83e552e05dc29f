// Converting one flag's text into its value, with the error texts of Go's strconv, time,
// docker/go-units and docker/cli's opts (the "cause" part of pflag's "invalid argument" error).
import type { FlagKind, FlagValue } from './flagTypes';

export class FlagValueError extends Error {}

const GO_BOOL_TRUE = ['1', 't', 'T', 'TRUE', 'true', 'True'];
const GO_BOOL_FALSE = ['0', 'f', 'F', 'FALSE', 'false', 'False'];

export function parseGoBool(text: string): boolean {
  if (GO_BOOL_TRUE.includes(text)) return true;
  if (GO_BOOL_FALSE.includes(text)) return false;
  throw new FlagValueError(`strconv.ParseBool: parsing ${goQuote(text)}: invalid syntax`);
}

/** strconv.ParseInt(s, 0, 64): base prefixes 0x/0o/0b/0 and underscores between digits. */
export function parseGoInt(text: string): number {
  const syntax = new FlagValueError(`strconv.ParseInt: parsing ${goQuote(text)}: invalid syntax`);
  const m = /^([+-]?)(.*)$/.exec(text);
  const sign = m?.[1] === '-' ? -1 : 1;
  let body = m?.[2] ?? '';
  let base = 10;
  if (/^0[xX]/.test(body)) [base, body] = [16, body.slice(2)];
  else if (/^0[bB]/.test(body)) [base, body] = [2, body.slice(2)];
  else if (/^0[oO]/.test(body)) [base, body] = [8, body.slice(2)];
  else if (/^0./.test(body)) [base, body] = [8, body.slice(1)];
  if (body.startsWith('_') || body.endsWith('_') || body.includes('__')) throw syntax;
  body = body.replace(/_/g, '');
  const digits = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ }[base];
  if (!digits || !digits.test(body)) throw syntax;
  const value = sign * parseInt(body, base);
  if (Math.abs(value) >= 2 ** 63) {
    throw new FlagValueError(`strconv.ParseInt: parsing ${goQuote(text)}: value out of range`);
  }
  return value;
}

const DURATION_UNITS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** time.ParseDuration, returned in milliseconds. */
export function parseGoDuration(text: string): number {
  const invalid = new FlagValueError(`time: invalid duration ${goQuote(text)}`);
  let rest = text;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    sign = rest.startsWith('-') ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest === '0') return 0;
  if (rest === '') throw invalid;
  let total = 0;
  while (rest !== '') {
    const m = /^(\d*\.?\d*)(ns|us|µs|μs|ms|s|m|h)?/.exec(rest);
    if (!m || m[1] === '' || m[1] === '.') throw invalid;
    if (!m[2]) throw new FlagValueError(`time: missing unit in duration ${goQuote(text)}`);
    total += parseFloat(m[1]) * DURATION_UNITS[m[2]];
    rest = rest.slice(m[0].length);
  }
  return sign * total;
}

const RAM_UNITS: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

/** go-units RAMInBytes: binary multiples, optional i/b suffixes. */
export function parseRamInBytes(text: string): number {
  const m = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(text);
  if (!m) throw new FlagValueError(`invalid size: '${text}'`);
  const size = parseFloat(m[1]);
  const unit = m[2] ? RAM_UNITS[m[2].toLowerCase()] : 1;
  return Math.trunc(size * unit);
}

/** docker/cli NanoCPUs: a rational number of CPUs. */
export function parseDecimal(text: string): number {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) && !/^[+-]?\d+\/\d*[1-9]\d*$/.test(text)) {
    throw new FlagValueError(`failed to parse ${text} as a rational number`);
  }
  if (text.includes('/')) {
    const [n, d] = text.split('/');
    return Number(n) / Number(d);
  }
  return Number(text);
}

/** Go's %q for plain ASCII text (what the flag errors print). */
export function goQuote(text: string): string {
  return JSON.stringify(text);
}

export function convertFlagValue(kind: FlagKind, text: string): FlagValue {
  switch (kind) {
    case 'bool':
      return parseGoBool(text);
    case 'int':
      return parseGoInt(text);
    case 'duration':
      return parseGoDuration(text);
    case 'bytes':
      return parseRamInBytes(text);
    case 'decimal':
      return parseDecimal(text);
    case 'list':
      return text.split(',');
    case 'stringArray':
      return [text];
    case 'string':
      return text;
  }
}
