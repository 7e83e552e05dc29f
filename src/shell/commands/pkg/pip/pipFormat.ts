// pip's size and progress texts: pip 9/10's format_size and its 100% bar, and the rich-era
// format_size and the finished `━━━` bar pip 22+ draws for downloads over 512 KiB on a terminal.

/** pip 9/10: `83kB`, `1.4MB`, `9.5kB`, `512bytes` (the kB case truncates). */
export function formatSizeLegacy(bytes: number): string {
  if (bytes > 1000 * 1000) return `${(bytes / 1000 / 1000).toFixed(1)}MB`;
  if (bytes > 10 * 1000) return `${Math.trunc(bytes / 1000)}kB`;
  if (bytes > 1000) return `${(bytes / 1000).toFixed(1)}kB`;
  return `${Math.trunc(bytes)}bytes`;
}

/** pip 20+: `102 kB`, `16.1 MB`, `2.7 kB`, `512 bytes`. */
export function formatSize(bytes: number): string {
  if (bytes > 1000 * 1000) return `${(bytes / 1000 / 1000).toFixed(1)} MB`;
  if (bytes > 10 * 1000) return `${Math.trunc(bytes / 1000)} kB`;
  if (bytes > 1000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${Math.trunc(bytes)} bytes`;
}

/**
 * The last frame of pip 9/10's download bar, as a terminal keeps it. The bar counts whole 10 KiB
 * read chunks, so it ends above the size the Downloading line gave (83kB there, 92kB here).
 */
export function legacyBar(bytes: number, bytesPerSec: number): string {
  const counted = Math.ceil(bytes / 10240) * 10240;
  return `    100% |${'█'.repeat(32)}| ${formatSizeLegacy(counted)} ${formatSizeLegacy(bytesPerSec)}/s\n`;
}

/** rich's decimal units with one decimal, as its DownloadColumn and TransferSpeedColumn print. */
function richSize(bytes: number): { value: string; unit: string } {
  const units = ['bytes', 'kB', 'MB', 'GB'];
  let i = 0;
  let v = bytes;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return { value: i === 0 ? String(Math.trunc(v)) : v.toFixed(1), unit: units[i] };
}

/** The last frame of the rich bar pip 22+ draws for a big download on a terminal. */
export function richBar(bytes: number, bytesPerSec: number): string {
  const size = richSize(bytes);
  const speed = richSize(bytesPerSec);
  return `   ${'━'.repeat(40)} ${size.value}/${size.value} ${size.unit} ${speed.value} ${speed.unit}/s eta 0:00:00\n`;
}

/** Does `a` come before `b` as dotted release numbers? */
export function versionLess(a: string, b: string): boolean {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}
