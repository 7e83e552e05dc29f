// docker/go-units: human durations and sizes as `docker ps`, `images`, `info` and `stats` print
// them, and the size parsers behind flags such as --memory, with go-units' error texts.
import { formatFloatG } from './goTemplate/goValues';

/** HumanDuration over a duration in milliseconds ("Up 2 seconds", "3 weeks ago" …). */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / 60000);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.trunc(ms / 3600000 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(Math.trunc(ms / 3600000) / 24 / 365)} years`;
}

const DECIMAL_ABBRS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
const BINARY_ABBRS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

function sizeAndUnit(size: number, base: number, abbrs: string[]): [number, string] {
  let i = 0;
  while (size >= base && i < abbrs.length - 1) {
    size /= base;
    i++;
  }
  return [size, abbrs[i]];
}

/** HumanSizeWithPrecision: decimal units, `%.*g` digits, no space ("1.85kB", "72.8MB"). */
export function humanSizeWithPrecision(bytes: number, precision: number): string {
  const [n, unit] = sizeAndUnit(bytes, 1000, DECIMAL_ABBRS);
  return formatFloatG(n, precision) + unit;
}

/** What docker/cli prints for image and container sizes: HumanSizeWithPrecision(x, 3). */
export function humanSize(bytes: number): string {
  return humanSizeWithPrecision(bytes, 3);
}

/** BytesSize: binary units with 4 significant digits ("1.952GiB", "512MiB"). */
export function bytesSize(bytes: number): string {
  const [n, unit] = sizeAndUnit(bytes, 1024, BINARY_ABBRS);
  return formatFloatG(n, 4) + unit;
}

export class UnitsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnitsError';
  }
}

export interface ParseSizeOptions {
  /** go-units before v0.5 (Docker 18.03) matched a regexp and ignored unknown suffix letters less. */
  legacy?: boolean;
}

const DECIMAL_MAP: Record<string, number> = { k: 1e3, m: 1e6, g: 1e9, t: 1e12, p: 1e15 };
const BINARY_MAP: Record<string, number> = { k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40, p: 2 ** 50 };

/** strconv.ParseFloat's accepted syntax (decimal, with optional exponent, inf and nan). */
function parseGoFloat(num: string): number {
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(num)) return Number(num);
  if (/^[+-]?(inf|infinity)$/i.test(num)) return num.startsWith('-') ? -Infinity : Infinity;
  if (/^nan$/i.test(num)) return NaN;
  throw new UnitsError(`strconv.ParseFloat: parsing "${num}": invalid syntax`);
}

function parseSize(sizeStr: string, map: Record<string, number>, opts: ParseSizeOptions): number {
  if (opts.legacy) {
    const m = /^(\d+(\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(sizeStr);
    if (!m) throw new UnitsError(`invalid size: '${sizeStr}'`);
    const size = parseGoFloat(m[1]);
    return Math.trunc(size * (m[3] ? map[m[3].toLowerCase()] : 1));
  }
  let sep = -1;
  for (let i = sizeStr.length - 1; i >= 0; i--) {
    if ('0123456789. '.includes(sizeStr[i])) {
      sep = i;
      break;
    }
  }
  if (sep === -1) throw new UnitsError(`invalid size: '${sizeStr}'`);
  const num = sizeStr[sep] !== ' ' ? sizeStr.slice(0, sep + 1) : sizeStr.slice(0, sep);
  let sfx = sizeStr.slice(sep + 1);
  let size = parseGoFloat(num);
  if (size < 0) throw new UnitsError(`invalid size: '${sizeStr}'`);
  if (sfx.length === 0) return Math.trunc(size);
  const bad = (): never => {
    throw new UnitsError(`invalid suffix: '${sfx}'`);
  };
  if (sfx.length > 3) bad();
  sfx = sfx.toLowerCase();
  if (sfx[0] === 'b') {
    if (sfx.length > 1) bad();
    return Math.trunc(size);
  }
  const mul = map[sfx[0]];
  if (mul === undefined) bad();
  size *= mul;
  if ((sfx.length === 2 && sfx[1] !== 'b') || (sfx.length === 3 && sfx.slice(1) !== 'ib')) bad();
  return Math.trunc(size);
}

/** FromHumanSize: decimal units ("44kB" → 44000). Throws UnitsError with go-units' message. */
export function fromHumanSize(size: string, opts: ParseSizeOptions = {}): number {
  return parseSize(size, DECIMAL_MAP, opts);
}

/** RAMInBytes: binary units ("512m" → 536870912), as --memory and --shm-size parse. */
export function ramInBytes(size: string, opts: ParseSizeOptions = {}): number {
  return parseSize(size, BINARY_MAP, opts);
}
