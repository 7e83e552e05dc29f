import { test, expect } from '@playwright/test';
import { openApp, runCommand, screenText } from './helpers/terminal';

test('Ctrl-R finds an earlier command and Enter runs it', async ({ page }) => {
  await openApp(page);
  const prompt = (await screenText(page)) + ' ';
  await runCommand(page, 'echo first-line');
  await runCommand(page, 'pwd');
  await page.locator('.xterm').click();
  await page.keyboard.press('Control+r');
  await page.keyboard.type('first');
  await expect.poll(async () => (await screenText(page)).split('\n').pop()).toBe("(reverse-i-search)`first': echo first-line");
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await screenText(page)).split('\n').slice(-3).join('\n'))
    .toBe(`${prompt}echo first-line\nfirst-line\n${prompt.trimEnd()}`);
});

test('Escape leaves the search with the match on the line for editing', async ({ page }) => {
  await openApp(page);
  const prompt = (await screenText(page)) + ' ';
  await runCommand(page, 'echo abc');
  await page.locator('.xterm').click();
  await page.keyboard.press('Control+r');
  await page.keyboard.type('abc');
  await page.keyboard.press('Escape');
  await page.keyboard.press('End');
  await page.keyboard.type('def');
  await expect.poll(async () => (await screenText(page)).split('\n').pop()).toBe(`${prompt}echo abcdef`);
});
