// A QR code as SVG markup: one path of unit squares on a light square with the 4-module quiet zone.
import type { QrCode } from './encodeQr';

export const QUIET_ZONE = 4;

/** The path data of the dark modules, each `M{x} {y}h1v1h-1z` offset by the quiet zone. */
export function qrPath(code: QrCode): string {
  const parts: string[] = [];
  code.modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`);
    });
  });
  return parts.join('');
}

export function qrViewBox(code: QrCode): string {
  const side = code.size + 2 * QUIET_ZONE;
  return `0 0 ${side} ${side}`;
}
