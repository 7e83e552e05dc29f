import { test, expect } from '@playwright/test';
import { bufferText, openApp, promptText, screenText, typeCommand } from './helpers/terminal';

test('docker build redraws the BuildKit view in place and leaves one final view', async ({ page }) => {
  await openApp(page);
  await typeCommand(page, 'mkdir app && cd app');
  await typeCommand(page, "printf 'FROM python:3.12-slim\\nRUN echo built\\nCMD [\"python3\"]\\n' > Dockerfile");
  await expect.poll(() => promptText(page)).toMatch(/app\$ $/);
  const p = await promptText(page);
  const before = await bufferText(page);
  await typeCommand(page, 'docker build -t myapp .');
  // The base image's pull takes a few seconds: the view is drawn while it runs.
  await expect.poll(() => screenText(page), { timeout: 5_000, intervals: [50] }).toMatch(/^\[\+\] Building \d+\.\ds \(\d+\/\d+\) +docker:default$/m);
  await expect.poll(() => promptText(page), { timeout: 20_000 }).toBe(p);
  const text = (await bufferText(page)).slice(before.length);
  expect(text.match(/\[\+\] Building/g)).toHaveLength(1);
  expect(text).toMatch(/^docker build -t myapp \.\n\[\+\] Building \d+\.\ds \(6\/6\) FINISHED +docker:default\n/);
  expect(text).toMatch(/\n => \[2\/2\] RUN echo built +\d+\.\ds\n/);
  expect(text).toMatch(/\n => => naming to docker\.io\/library\/myapp:latest +0\.0s\n/);
});
