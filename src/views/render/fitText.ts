// Labels are cut to the box they sit in: SVG text does not wrap, and a label running over its
// neighbours is worse than an ellipsis (the full text is in the tooltip and the outline).
const CHAR_PX = 6.6;

export function fitText(text: string, widthPx: number, fontPx = 11): string {
  const max = Math.max(1, Math.floor(widthPx / (CHAR_PX * (fontPx / 11))));
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}
