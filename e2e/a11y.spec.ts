import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openApp, runCommand } from './helpers/terminal';
import { STORAGE_KEY } from '../src/store/persistence/sessionSchema';

/** Serious and critical violations, as `rule: target …` lines (readable when the test fails). */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(' ')} — ${node.failureSummary ?? ''}`));
}

test('the main screen in Bangla has no serious or critical axe violations', async ({ page }) => {
  await openApp(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the main screen in English has no serious or critical axe violations', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await seriousViolations(page)).toEqual([]);
});

test('with output, a notice, the Bangla note, a loaded page and the reset dialog open', async ({ page }) => {
  await page.addInitScript((key) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(key, 'not json');
  }, STORAGE_KEY);
  await openApp(page);
  await runCommand(page, 'docker run hello-world', 15_000);
  await runCommand(page, 'ডকার');
  const address = page.getByRole('textbox', { name: 'ঠিকানা' });
  await address.fill('http://192.168.99.100');
  await address.press('Enter');
  await expect(page.getByTestId('browser-error')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'নতুন করে শুরু' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
