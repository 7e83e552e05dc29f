// Issue #3's budget, checked on the build the e2e server serves: what index.html loads before any
// dynamic import (its entry script and, transitively, their static imports) stays under 300 kB
// gzip, and holds none of the parts that load after the first prompt. Reads files only: no timing.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.env.E2E_DIST ?? 'dist');
const BUDGET_GZIP_BYTES = 300_000;

/** A string only that part's code has: finding it in the first chunks means the part sneaked in. */
const LAZY_MARKERS: Record<string, string> = {
  'd3 (the views)': '__zoom',
  'the hub catalog': 'NGINX_VERSION',
  'the Python model': 'most recent call last',
  'the package managers': 'Reading package lists',
  'the builder': 'Sending build context',
  "the docker CLI's flag parser": 'unknown shorthand flag',
  'the lesson runtime and content': 'lesson.bn.md',
};

/** Chunks a first visit evaluates: the entry scripts and what they import statically (not `import(…)`). */
function initialChunks(): Map<string, string> {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const chunks = new Map<string, string>();
  const visit = (file: string) => {
    if (chunks.has(file)) return;
    const code = readFileSync(join(dist, file), 'utf8');
    chunks.set(file, code);
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    // `import{a as b}from"./x.js"` or `import"./x.js"`; a dynamic import has a parenthesis instead.
    for (const m of code.matchAll(/\bimport\s*(?:[\w$*{},\s]+?\s*from\s*)?["'](\.\/[^"']+\.js)["']/g)) visit(dir + m[1].slice(2));
  };
  for (const m of html.matchAll(/<script[^>]*\stype="module"[^>]*\ssrc="\.\/([^"]+)"/g)) visit(m[1]);
  return chunks;
}

test('the first chunks stay under the budget and hold no lazy part', () => {
  const chunks = initialChunks();
  const all = [...chunks.values()].join('\n');
  // The terminal is in them (so this reads the right files) …
  expect(all).toContain('xterm-helper-textarea');
  // … and nothing that waits for the first prompt.
  const found = Object.entries(LAZY_MARKERS)
    .filter(([, marker]) => all.includes(marker))
    .map(([part]) => part);
  expect(found).toEqual([]);
  const gzip = [...chunks.values()].reduce((sum, code) => sum + gzipSync(code).length, 0);
  expect(gzip, `initial JavaScript ${gzip} bytes gzip in ${[...chunks.keys()].join(', ')}`).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
});
