// Go's time.ParseDuration, which Docker applies to HEALTHCHECK --interval/--timeout/--start-period:
// the accepted syntax and its error texts (quoted since Go 1.15, bare in 18.03's Go 1.9).
import { instructionError } from './dockerfileErrors';

const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Milliseconds, or a thrown instruction error with Go's text. */
export function parseGoDuration(text: string, quoted: boolean): number {
  const q = (s: string) => (quoted ? JSON.stringify(s) : s);
  const invalid = () => instructionError(`time: invalid duration ${q(text)}`);
  let s = text;
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s.startsWith('-') ? -1 : 1;
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') throw invalid();
  let total = 0;
  while (s !== '') {
    const num = /^(\d*)(\.(\d*))?/.exec(s);
    const digits = num?.[0] ?? '';
    if (digits === '' || digits === '.' ) throw invalid();
    s = s.slice(digits.length);
    const unit = /^[^\d.]*/.exec(s)?.[0] ?? '';
    if (unit === '') throw instructionError(`time: missing unit in duration ${q(text)}`);
    const factor = UNIT_MS[unit];
    if (factor === undefined) throw instructionError(`time: unknown unit ${q(unit)} in duration ${q(text)}`);
    total += Number(digits) * factor;
    s = s.slice(unit.length);
  }
  return sign * total;
}
