import { test, expect } from '@playwright/test';
import { openApp, runCommand, screenText } from './helpers/terminal';

test('Tab completes a docker subcommand', async ({ page }) => {
  await openApp(page);
  const prompt = (await screenText(page)) + ' ';
  await page.locator('.xterm').click();
  await page.keyboard.type('docker ru');
  await page.keyboard.press('Tab');
  await expect.poll(() => screenText(page)).toBe(`${prompt}docker run`);
  // The space after `run` is there: typing goes straight on with the next word.
  await page.keyboard.type('--help');
  await expect.poll(() => screenText(page)).toBe(`${prompt}docker run --help`);
});

test('Tab completes a container name; a second Tab lists the choices', async ({ page }) => {
  await openApp(page);
  await runCommand(page, 'docker run -d --name web1 busybox sleep 1000', 15_000);
  await runCommand(page, 'docker run -d --name web2 busybox sleep 1000', 15_000);
  await runCommand(page, 'docker run -d --name db busybox sleep 1000', 15_000);
  await page.locator('.xterm').click();
  await page.keyboard.type('docker stop d');
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await screenText(page)).split('\n').pop()).toMatch(/\$ docker stop db$/);
  await page.keyboard.press('Control+u');
  await page.keyboard.type('docker stop w');
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await screenText(page)).split('\n').pop()).toMatch(/\$ docker stop web$/);
  await page.keyboard.press('Tab');
  await expect
    .poll(async () => (await screenText(page)).split('\n').slice(-2).join('\n'))
    .toMatch(/^web1 +web2\n.*\$ docker stop web$/);
});
