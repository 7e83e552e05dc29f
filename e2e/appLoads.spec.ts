import { test, expect } from '@playwright/test';
import { openApp, screenText } from './helpers/terminal';

test('the app loads with the Bangla UI, three panels and a prompt', async ({ page }) => {
  await openApp(page);
  await expect(page).toHaveTitle('ডকার পাঠশালা');
  await expect(page.locator('html')).toHaveAttribute('lang', 'bn');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ডকার পাঠশালা');
  await expect(page.getByRole('heading', { name: 'পাঠ', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'টার্মিনাল', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'দৃশ্য', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'স্বাগতম!' })).toBeVisible();
  expect(await screenText(page)).toMatch(/^\S*[$#] ?$/);
});

test('the Bangla font is self-hosted and loads', async ({ page }) => {
  const fontRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('.woff')) fontRequests.push(new URL(request.url()).host);
  });
  await openApp(page);
  const loaded = await page.evaluate(async () => {
    await document.fonts.load('700 16px "Noto Sans Bengali"', 'পাঠশালা');
    await document.fonts.ready;
    return document.fonts.check('700 16px "Noto Sans Bengali"', 'পাঠশালা');
  });
  expect(loaded).toBe(true);
  expect(fontRequests.length).toBeGreaterThan(0);
  // Every font comes from the app's own origin (whatever port this run serves on).
  expect(new Set(fontRequests)).toEqual(new Set([new URL(page.url()).host]));
});

test('a collapsed panel folds to a bar and opens again', async ({ page }) => {
  await openApp(page);
  const views = page.locator('[data-panel="views"]');
  await page.getByRole('button', { name: 'দৃশ্য: লুকান' }).click();
  await expect(views).toHaveClass(/collapsed/);
  expect((await views.boundingBox())?.width).toBeLessThan(60);
  await page.getByRole('button', { name: 'দৃশ্য: দেখান' }).click();
  await expect(views).not.toHaveClass(/collapsed/);
  expect((await views.boundingBox())?.width).toBeGreaterThan(150);
});

test('dragging a splitter resizes the neighbouring panels', async ({ page }) => {
  await openApp(page);
  const lesson = page.locator('[data-panel="lesson"]');
  const before = (await lesson.boundingBox())!.width;
  const splitter = page.getByRole('separator').first();
  const box = (await splitter.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(async () => Math.round((await lesson.boundingBox())!.width - before)).toBeGreaterThan(100);
});
