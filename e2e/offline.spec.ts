// Offline: after one visit the service worker has the app; with the network gone the page loads
// from it and the simulator runs commands (the shell's chunks came from the precache).
import { expect, test } from '@playwright/test';
import { openApp, runCommand } from './helpers/terminal';

test('the app loads and runs a command offline after one visit', async ({ page, context }) => {
  await openApp(page);
  // The worker registers once the shell is in; ready resolves after its install (the precache).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.xterm-rows')).toBeVisible();
  expect(await runCommand(page, 'docker network create offline-net', 10_000)).toMatch(/^[0-9a-f]{64}\n$/);
  expect(await runCommand(page, 'docker network ls --format {{.Name}} --filter name=offline')).toBe('offline-net\n');
  // A lesson (its content is a lazy chunk of its own) opens and runs too.
  await page.getByRole('button', { name: /পাঠটি খুলুন/ }).nth(1).click();
  await page.getByRole('button', { name: 'হ্যাঁ, শুরু করুন' }).click();
  await expect(page.getByRole('button', { name: 'সব পাঠ' })).toBeVisible();
  expect(await runCommand(page, 'docker ps -a --format {{.Names}} --filter name=nothing-here')).toBe('');
  await context.setOffline(false);
});
