import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openApp, runCommand } from './helpers/terminal';

const views = (page: Page) => page.locator('[data-panel="views"]');

/** Labels of the drawing (groups and nodes) and of the text outline, in document order. */
async function drawnLabels(page: Page): Promise<string[]> {
  return views(page).locator('svg [data-label]').evaluateAll((els) => els.map((e) => e.getAttribute('data-label') ?? ''));
}
async function outlineLabels(page: Page): Promise<string[]> {
  return views(page).locator('.plan-outline .outline-item').allTextContents();
}

test('a command changes the machine view; clicking the container shows its docker inspect', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page);
  const panel = views(page);
  await expect(panel.getByRole('tab', { name: 'মেশিন' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.locator('[data-node-id="kernel:default"]')).toBeVisible();
  await expect(panel.locator('[data-node-id^="container:"]')).toHaveCount(0);

  expect(await runCommand(page, 'docker run -d --name web busybox sleep 1000', 10_000)).toMatch(/[0-9a-f]{64}\n$/);
  const box = panel.locator('[data-node-id^="container:default:"][data-label="web"]');
  await expect(box).toBeVisible();
  // Touched by the last command: marked with a star, not only a colour.
  await expect(box).toHaveClass(/touched/);
  await expect(box.locator('.pv-mark')).toHaveText('★');
  await expect(panel.locator('[data-label="sleep 1000"]')).toBeVisible();

  const inspect = await runCommand(page, 'docker inspect web');
  await box.click({ position: { x: 30, y: 10 } });
  const drawer = panel.getByTestId('inspect-drawer');
  await expect(drawer.getByRole('heading')).toHaveText('docker inspect web');
  expect(await drawer.locator('pre').textContent()).toBe(inspect);
  await drawer.getByRole('button', { name: 'বন্ধ করুন' }).click();
  await expect(drawer).toHaveCount(0);
});

test('the text alternative lists what the view draws and stays in sync', async ({ page }) => {
  await openApp(page);
  const panel = views(page);
  await expect(panel.locator('[data-node-id="kernel:default"]')).toBeVisible();
  await panel.getByRole('button', { name: 'লেখায় দেখুন' }).click();
  await expect(panel.getByTestId('plan-outline')).toBeVisible();
  expect((await outlineLabels(page)).sort()).toEqual((await drawnLabels(page)).sort());

  await runCommand(page, 'docker run -d --name db busybox sleep 1000', 10_000);
  await expect(panel.getByTestId('plan-outline').getByRole('button', { name: 'db' })).toBeVisible();
  await expect.poll(async () => (await outlineLabels(page)).sort()).toEqual((await drawnLabels(page)).sort());
  // The outline's buttons inspect too.
  await panel.getByTestId('plan-outline').getByRole('button', { name: 'db' }).click();
  await expect(panel.getByTestId('inspect-drawer').getByRole('heading')).toHaveText('docker inspect db');
});

test('tabs switch by keyboard; the images view shows a pulled image as a stack of layers', async ({ page }) => {
  await openApp(page);
  const panel = views(page);
  await panel.getByRole('tab', { name: 'মেশিন' }).focus();
  await page.keyboard.press('ArrowRight');
  const imagesTab = panel.getByRole('tab', { name: 'ইমেজ ও লেয়ার' });
  await expect(imagesTab).toHaveAttribute('aria-selected', 'true');
  await expect(imagesTab).toBeFocused();
  await expect(panel.locator('[data-node-id="images:default:none"]')).toBeVisible();

  await runCommand(page, 'docker pull nginx', 20_000);
  await expect(panel.locator('[data-node-id^="image:default:"][data-label="nginx:latest"]')).toBeVisible();
  const layers = panel.locator('.pv-node.kind-layer');
  expect(await layers.count()).toBeGreaterThan(1);
  await expect(layers.first()).toHaveClass(/touched/);

  // Keyboard: Tab reaches the drawing, arrows move, Enter inspects.
  await layers.first().focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('inspect-drawer').getByRole('heading')).toContainText('layer ');
  // Escape closes the drawer and gives focus back to the element.
  await page.keyboard.press('Escape');
  await expect(panel.getByTestId('inspect-drawer')).toHaveCount(0);
  await expect(layers.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(layers.nth(1)).toBeFocused();
});

test('each view, its text outline and the inspect drawer have no serious or critical axe violations', async ({ page }) => {
  await openApp(page);
  const panel = views(page);
  await runCommand(page, 'docker run -d --name web nginx', 20_000);
  await panel.getByRole('button', { name: 'লেখায় দেখুন' }).click();
  for (const tab of ['মেশিন', 'ইমেজ ও লেয়ার', 'নেটওয়ার্ক']) {
    await panel.getByRole('tab', { name: tab }).click();
    await expect(panel.locator('svg [data-node-id]').first()).toBeVisible();
    await panel.locator('[role="button"][data-node-id]').first().click({ position: { x: 10, y: 8 } });
    await expect(panel.getByTestId('inspect-drawer')).toBeVisible();
    const results = await new AxeBuilder({ page }).include('[data-panel="views"]').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
  }
});

test('screenshots of each view at 1366×768 (in the test output folder)', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page);
  const panel = views(page);
  await runCommand(page, 'docker run -d --name web -m 256m nginx', 20_000);
  await runCommand(page, 'docker run -d --name cache busybox sleep 1000', 20_000);
  await runCommand(page, 'docker run --name hello hello-world', 20_000);
  for (const [tab, file] of [['মেশিন', 'machine'], ['ইমেজ ও লেয়ার', 'images'], ['নেটওয়ার্ক', 'network']]) {
    await panel.getByRole('tab', { name: tab }).click();
    await expect(panel.locator('svg [data-node-id]').first()).toBeVisible();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: testInfo.outputPath(`${file}.png`) });
  }
});
