import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  base: './',
  // The first chunk holds what the first prompt needs; the shell, the engine behind it and the
  // panels load after it (src/store/shellRuntime.ts, src/ui/AfterShell.tsx).
  build: {
    chunkSizeWarningLimit: 500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The libraries the first prompt needs change far less often than our code: a chunk of
          // their own stays cached across deploys. The same bytes load either way.
          groups: [{ name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|@xterm|immer|zustand)[\\/]/ }],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'lessons/**/*.test.ts', 'bench/web/**/*.test.ts'],
    environment: 'node',
    // The browser loads the shell after the first prompt (src/store/shellRuntime.ts); tests that
    // may drive the store get it before they run, so every action runs synchronously as before.
    setupFiles: ['src/store/testing/shellForTests.ts'],
    // The JSON report feeds the one-line summary `npm test` ends with (scripts/testSummary.mjs).
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
