import { test, expect } from '@playwright/test';
import { openApp, runCommand } from './helpers/terminal';

test('the world moves on while the student only waits: a detached sleep 3 exits', async ({ page }) => {
  await openApp(page);
  // Docker wants names of two characters or more, so not `--name s`.
  await runCommand(page, 'docker run -d --name sleeper busybox sleep 3', 20_000);
  expect(await runCommand(page, "docker ps -a --format '{{.Status}}'")).toMatch(/^Up /);
  // No key pressed: only the idle clock can move the world now.
  await page.waitForTimeout(4_500);
  expect(await runCommand(page, "docker ps -a --format '{{.Status}}'")).toMatch(/^Exited \(0\) \d+ seconds? ago\n$/);
});
