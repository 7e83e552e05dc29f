import { test, expect } from '@playwright/test';
import { openApp } from './helpers/terminal';

test('the English toggle switches the UI strings and back', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Docker Pathshala');
  await expect(page.getByRole('heading', { name: 'Lesson' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Terminal' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome!' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Docker Pathshala');
  await page.getByRole('button', { name: 'বাংলা' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ডকার পাঠশালা');
});
