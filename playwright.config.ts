import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Playwright cannot download browsers on our machines: use Debian's Chromium when present.
const debianChromium = '/usr/bin/chromium';
const launchOptions = existsSync(debianChromium)
  ? {
      executablePath: debianChromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    }
  : {};

// E2E_PORT/E2E_DIST let two engineers run specs at once without sharing a server or dist/.
const port = Number(process.env.E2E_PORT ?? 4317);
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: { baseURL: `http://127.0.0.1:${port}`, launchOptions },
  webServer: {
    command: `npx vite build --logLevel warn --outDir ${dist} && node scripts/serve.mjs --port ${port} --dir ${dist}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
