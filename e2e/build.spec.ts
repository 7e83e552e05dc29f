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

test('after a rebuild the images view marks the new layer and the CACHED ones', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await openApp(page);
  const panel = page.locator('[data-panel="views"]');
  await panel.getByRole('tab', { name: 'ইমেজ ও লেয়ার' }).click();
  const type = async (line: string, timeout = 5_000) => {
    const before = (await bufferText(page)).length;
    await typeCommand(page, line);
    // Done when a prompt ends the screen again after the line.
    await expect.poll(async () => (await bufferText(page)).length > before && /\$ $/.test(await promptText(page)), { timeout }).toBe(true);
  };
  await type('mkdir app && cd app && echo one > a.txt');
  await type("printf 'FROM busybox\\nCOPY a.txt /\\nRUN echo hi > /b\\n' > Dockerfile");
  await type('docker build -t myapp .', 20_000);
  await type("printf 'FROM busybox\\nCOPY a.txt /\\nRUN echo bye > /b\\n' > Dockerfile");
  await type('docker build -t myapp .', 20_000);
  await expect(panel.locator('[data-node-id^="image:default:"][data-label="myapp:latest"]')).toBeVisible();
  // The base and COPY layers came from the cache, the RUN layer is new.
  await expect(panel.locator('.pv-node.kind-layer.state-cached')).toHaveCount(2);
  await expect(panel.locator('.pv-node.kind-layer.state-fresh')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('rebuild-layers.png') });
});
