import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  base: './',
  // One page that needs all of it at once (react, xterm, the engine): splitting saves no bytes.
  build: { chunkSizeWarningLimit: 900 },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'lessons/**/*.test.ts', 'bench/web/**/*.test.ts'],
    environment: 'node',
    // The JSON report feeds the one-line summary `npm test` ends with (scripts/testSummary.mjs).
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
