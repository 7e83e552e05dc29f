// The timeline strip: undo brings back a removed container (in the terminal and the views), redo
// takes it away again, and ←/→ on the focused strip move point by point.
import { expect, test } from '@playwright/test';
import { openApp, runCommand } from './helpers/terminal';

test('undo restores a removed container; redo and the arrow keys move along the timeline', async ({ page }) => {
  await openApp(page);
  await runCommand(page, 'docker run -d --name box busybox sleep 1000', 15_000);
  await runCommand(page, 'docker rm -f box');
  expect(await runCommand(page, 'docker ps -a --format {{.Names}}')).toBe('');

  const strip = page.getByRole('region', { name: 'সময়রেখা' });
  await expect(strip.locator('.timeline-point')).toHaveCount(4);
  await strip.getByRole('button', { name: /পূর্বাবস্থা/ }).click();
  await strip.getByRole('button', { name: /পূর্বাবস্থা/ }).click();
  const slider = strip.getByRole('slider');
  await expect(slider).toHaveAttribute('aria-valuenow', '1');
  expect(await runCommand(page, 'docker ps -a --format {{.Names}}')).toBe('box\n');

  // That command forked the timeline: the rm is gone, the ps is the new last point.
  await expect(strip.locator('.timeline-point')).toHaveCount(3);
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveAttribute('aria-valuenow', '1');
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveAttribute('aria-valuenow', '0');
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuenow', '1');
  expect(await runCommand(page, 'docker ps --format {{.Names}}')).toBe('box\n');
});

test('Ctrl+Z outside the terminal undoes, Ctrl+Shift+Z redoes', async ({ page }) => {
  await openApp(page);
  await runCommand(page, 'docker network create classroom');
  const strip = page.getByRole('region', { name: 'সময়রেখা' });
  const slider = strip.getByRole('slider');
  await expect(slider).toHaveAttribute('aria-valuenow', '1');
  await page.locator('.app-header h1').click();
  await page.keyboard.press('Control+z');
  await expect(slider).toHaveAttribute('aria-valuenow', '0');
  await page.locator('.app-header h1').click();
  await page.keyboard.press('Control+Shift+z');
  await expect(slider).toHaveAttribute('aria-valuenow', '1');
  expect(await runCommand(page, 'docker network ls --format {{.Name}} --filter name=classroom')).toBe('classroom\n');
});

test('a reload keeps the timeline: undo still works after it', async ({ page }) => {
  await openApp(page);
  await runCommand(page, 'docker network create first');
  await runCommand(page, 'docker network create second');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('docker-pathshala:timeline:v1')?.includes('second') ?? false)).toBe(true);
  await page.reload();
  const slider = page.getByRole('region', { name: 'সময়রেখা' }).getByRole('slider');
  await expect(slider).toHaveAttribute('aria-valuemax', '2');
  await page.getByRole('button', { name: /পূর্বাবস্থা/ }).click();
  await expect(slider).toHaveAttribute('aria-valuenow', '1');
  expect(await runCommand(page, 'docker network ls --format {{.Name}} --filter name=second')).toBe('');
});
