import { test, expect } from '@playwright/test';
import { bufferText, openApp, promptText } from './helpers/terminal';

test('sleep runs on the wall clock and gives the prompt back when it ends', async ({ page }) => {
  await openApp(page);
  const p = await promptText(page);
  await page.locator('.xterm').click();
  await page.keyboard.type('sleep 1');
  const started = Date.now();
  await page.keyboard.press('Enter');
  await expect.poll(() => bufferText(page)).toBe(`${p}sleep 1`);
  await expect.poll(() => bufferText(page), { intervals: [50] }).toBe(`${p}sleep 1\n${p}`);
  const elapsed = Date.now() - started;
  expect(elapsed).toBeGreaterThanOrEqual(950);
  expect(elapsed).toBeLessThan(2_500);
});

test('Ctrl-C interrupts a running job; lines typed meanwhile are dropped', async ({ page }) => {
  await openApp(page);
  const p = await promptText(page);
  await page.locator('.xterm').click();
  await page.keyboard.type('sleep 100');
  await page.keyboard.press('Enter');
  await page.keyboard.type('echo typed-ahead');
  await page.keyboard.press('Control+c');
  await expect.poll(() => bufferText(page)).toBe(`${p}sleep 100\n^C\n${p}`);
  await page.keyboard.type('echo $?');
  await page.keyboard.press('Enter');
  await expect.poll(() => bufferText(page)).toBe(`${p}sleep 100\n^C\n${p}echo $?\n130\n${p}`);
});

test('a pasted block runs line by line', async ({ page }) => {
  await openApp(page);
  const p = await promptText(page);
  await page.locator('.xterm').click();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'echo one\necho two\n');
    const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    document.querySelector('.xterm textarea')?.dispatchEvent(paste);
  });
  await expect.poll(() => bufferText(page)).toBe(`${p}echo one\none\n${p}echo two\ntwo\n${p}`);
});

test('clear empties the screen and shows the prompt on top', async ({ page }) => {
  await openApp(page);
  const p = await promptText(page);
  await page.locator('.xterm').click();
  await page.keyboard.type('echo before');
  await page.keyboard.press('Enter');
  await page.keyboard.type('clear');
  await page.keyboard.press('Enter');
  await expect.poll(() => bufferText(page)).toBe(p);
});
