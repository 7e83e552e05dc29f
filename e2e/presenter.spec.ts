// Presenter mode and scripted demos: a demo from a #demo= link steps with →, its captions in the
// panel (never in the terminal); "predict, then run" waits for a key; presenter mode enlarges the
// terminal; `?` shows the shortcuts.
import { expect, test } from '@playwright/test';
import { deflateRawSync } from 'node:zlib';
import { openApp, bufferText } from './helpers/terminal';

const demo = ['# প্রথম ডেমো', '> প্রথমে একটি নেটওয়ার্ক বানাই।', '$ docker network create demo-net', '> এবার দেখি কী কী নেটওয়ার্ক আছে।', '$ docker network ls --format {{.Name}} --filter name=demo'].join('\n');
const fragment = '#demo=' + deflateRawSync(Buffer.from(demo)).toString('base64url');

test('a demo from a link: → types and runs each step, captions stay out of the terminal', async ({ page }) => {
  await openApp(page);
  await page.goto('/' + fragment);
  const panel = page.getByRole('region', { name: 'প্রথম ডেমো' });
  await expect(panel).toContainText('→ চাপলে প্রথম কমান্ডটি টাইপ হবে।');
  await page.locator('.app-header h1').click();
  await page.keyboard.press('ArrowRight');
  await expect(panel).toContainText('প্রথমে একটি নেটওয়ার্ক বানাই।');
  await expect.poll(() => bufferText(page), { timeout: 10_000 }).toMatch(/docker network create demo-net\n[0-9a-f]{64}\n/);

  // Predict, then run: the command appears, the next → runs it.
  await panel.getByRole('checkbox', { name: 'আগে অনুমান, পরে চালানো' }).check();
  await page.locator('.app-header h1').click();
  await page.keyboard.press('ArrowRight');
  await expect(panel).toContainText('কী হবে বলে মনে হয়?');
  await expect.poll(() => bufferText(page)).toMatch(/--filter name=demo$/);
  await page.locator('.app-header h1').click();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => bufferText(page)).toMatch(/--filter name=demo\ndemo-net\n/);
  await expect(panel).toContainText('ডেমো শেষ।');
  expect(await bufferText(page)).not.toContain('নেটওয়ার্ক');
});

test('presenter mode enlarges the terminal; ? lists the shortcuts', async ({ page }) => {
  await openApp(page);
  const fontSize = () => page.locator('.xterm-rows').evaluate((el) => getComputedStyle(el).fontSize);
  expect(await fontSize()).toBe('14px');
  await page.getByRole('button', { name: 'প্রেজেন্টার' }).click();
  await expect.poll(fontSize).toBe('22px');
  await expect(page.locator('html')).toHaveClass(/presenter/);
  await page.locator('.xterm').click();
  await page.keyboard.press('Control+Alt+p');
  await expect.poll(fontSize).toBe('14px');
  await page.locator('.app-header h1').click();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'কিবোর্ড শর্টকাট' })).toContainText('Ctrl+Alt+P');
});
