// The penalty score a mask is chosen by (ISO/IEC 18004, 7.8.3): runs of one colour, 2×2 blocks,
// finder-like 1:1:3:1:1 patterns with four light modules beside them, and the dark/light balance.
type Grid = readonly (readonly boolean[])[];

const FINDER_LIKE = [true, false, true, true, true, false, true];

export function maskPenalty(modules: Grid): number {
  const size = modules.length;
  const rows = modules;
  const cols = modules.map((_, c) => modules.map((row) => row[c]));
  let penalty = 0;
  for (const line of [...rows, ...cols]) penalty += runPenalty(line) + finderPenalty(line);
  for (let r = 0; r + 1 < size; r++) {
    for (let c = 0; c + 1 < size; c++) {
      const dark = modules[r][c];
      if (modules[r][c + 1] === dark && modules[r + 1][c] === dark && modules[r + 1][c + 1] === dark) penalty += 3;
    }
  }
  let darkCount = 0;
  for (const row of modules) for (const dark of row) if (dark) darkCount++;
  const percent = (darkCount * 100) / (size * size);
  penalty += Math.floor(Math.abs(percent - 50) / 5) * 10;
  return penalty;
}

function runPenalty(line: readonly boolean[]): number {
  let penalty = 0;
  let run = 1;
  for (let i = 1; i <= line.length; i++) {
    if (i < line.length && line[i] === line[i - 1]) {
      run++;
      continue;
    }
    if (run >= 5) penalty += 3 + (run - 5);
    run = 1;
  }
  return penalty;
}

/** 40 for each 1011101 with four light modules (or the edge, which is light quiet zone) on one side. */
function finderPenalty(line: readonly boolean[]): number {
  let penalty = 0;
  const light = (i: number) => i < 0 || i >= line.length || !line[i];
  for (let start = 0; start + 7 <= line.length; start++) {
    if (!FINDER_LIKE.every((dark, k) => line[start + k] === dark)) continue;
    const before = [1, 2, 3, 4].every((k) => light(start - k));
    const after = [7, 8, 9, 10].every((k) => light(start + k));
    if (before || after) penalty += 40;
  }
  return penalty;
}
