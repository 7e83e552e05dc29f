// A QR code drawn as SVG (crisp at any projector size), or nothing when the text does not fit.
import { useMemo } from 'react';
import { encodeQr } from '../qr/encodeQr';
import { qrPath, qrViewBox } from '../qr/qrSvg';

export function QrImage({ text, label, tooLong }: { text: string; label: string; tooLong: string }) {
  const code = useMemo(() => encodeQr(new TextEncoder().encode(text)), [text]);
  if (!code) return <p className="qr-too-long">{tooLong}</p>;
  return (
    <svg className="qr-image" role="img" aria-label={label} viewBox={qrViewBox(code)} shapeRendering="crispEdges">
      <rect width="100%" height="100%" fill="#fff" />
      <path d={qrPath(code)} fill="#000" />
    </svg>
  );
}
