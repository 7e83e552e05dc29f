// Prints one closing line for the whole `npm test` run, from the unit (vitest) and browser
// (Playwright) JSON reports: "Summary: N passed, N failed, N skipped".
import { readFileSync, existsSync } from 'node:fs';

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

let passed = 0;
let failed = 0;
let skipped = 0;

const unit = read('reports/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
}
const e2e = read('reports/e2e.json');
if (e2e) {
  passed += e2e.stats.expected;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
}
if (!unit || !e2e) {
  console.error(`test summary: missing ${!unit ? 'reports/unit.json ' : ''}${!e2e ? 'reports/e2e.json' : ''}`);
  process.exitCode = 1;
}
console.log(`Summary: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failed > 0) process.exitCode = 1;
