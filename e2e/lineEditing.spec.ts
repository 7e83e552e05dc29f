import { test, expect } from '@playwright/test';
import { bufferText, openApp, screenText } from './helpers/terminal';

test('arrows, Home/End and Ctrl keys edit the line on screen', async ({ page }) => {
  await openApp(page);
  const prompt = (await screenText(page)) + ' ';
  await page.locator('.xterm').click();
  await page.keyboard.type('eco helo');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('l');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('h');
  await expect.poll(() => screenText(page)).toBe(`${prompt}echo hello`);
  await page.keyboard.press('End');
  await page.keyboard.type(' world');
  await page.keyboard.press('Control+w');
  await page.keyboard.press('Backspace');
  await expect.poll(() => screenText(page)).toBe(`${prompt}echo hello`);
  await page.keyboard.press('Control+c');
  await expect.poll(() => screenText(page)).toBe(`${prompt}echo hello^C\n${prompt.trimEnd()}`);
});

test('up arrow brings back the previous line', async ({ page }) => {
  await openApp(page);
  const prompt = (await screenText(page)) + ' ';
  await page.locator('.xterm').click();
  await page.keyboard.type('pwd');
  await page.keyboard.press('Enter');
  await page.keyboard.type('x');
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => (await bufferText(page)).split('\n').pop()).toBe(`${prompt}pwd`);
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await bufferText(page)).split('\n').pop()).toBe(`${prompt}x`);
});

test('a long line wraps and still edits in place', async ({ page }) => {
  await openApp(page);
  const prompt = (await screenText(page)) + ' ';
  const cols = await page.evaluate(() => window.pathshalaTerminal?.cols() ?? 0);
  expect(cols).toBeGreaterThan(20);
  const long = 'echo ' + 'abcdefghij'.repeat(Math.ceil(cols / 10) + 1);
  await page.locator('.xterm').click();
  await page.keyboard.type(long);
  await page.keyboard.press('Home');
  await page.keyboard.press('Delete');
  await page.keyboard.type('E');
  await expect.poll(() => bufferText(page)).toBe(`${prompt}E${long.slice(1)}`);
});
