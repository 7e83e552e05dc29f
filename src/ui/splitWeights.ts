// Splitter arithmetic: a drag moves pixels from one neighbouring panel to the other, and the two
// flex weights are rescaled so that together they keep the share of the row they had.

export interface PanelMeasure {
  weight: number;
  /** Width in pixels when the drag started. */
  px: number;
}

export function splitWeights(left: PanelMeasure, right: PanelMeasure, dx: number, minPx: number): [number, number] {
  const totalPx = left.px + right.px;
  const totalWeight = left.weight + right.weight;
  if (totalPx <= 0) return [left.weight, right.weight];
  const lo = Math.min(minPx, totalPx / 2);
  const leftPx = Math.min(Math.max(left.px + dx, lo), totalPx - lo);
  const leftWeight = (totalWeight * leftPx) / totalPx;
  return [leftWeight, totalWeight - leftWeight];
}
