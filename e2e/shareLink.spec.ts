// Share links: the link (and its QR code) made in one browser opens the same session in another;
// a malformed link is refused with a notice and the session already there stays as it was.
import { expect, test } from '@playwright/test';
import { openApp, runCommand } from './helpers/terminal';

test('a share link opens the same session elsewhere, with its timeline', async ({ page, browser }) => {
  await openApp(page);
  await runCommand(page, 'docker run -d --name shared busybox sleep 1000', 15_000);
  await runCommand(page, 'docker network create classroom');
  // Without the times: the idle clock moves both worlds on while the link travels.
  const ps = "docker ps -a --format '{{.ID}} {{.Command}} {{.Names}}'";
  const psBefore = await runCommand(page, ps);

  await page.getByRole('button', { name: 'শেয়ার' }).click();
  const dialog = page.getByRole('dialog', { name: 'সেশন শেয়ার করুন' });
  const input = dialog.getByRole('textbox', { name: 'শেয়ার লিংক' });
  await expect(input).toHaveValue(/#s=[A-Za-z0-9_-]+$/);
  const link = await input.inputValue();
  await expect(dialog.getByRole('img', { name: 'শেয়ার লিংকের QR কোড' })).toBeVisible();
  await dialog.getByRole('button', { name: 'বন্ধ করুন' }).click();

  const other = await browser.newContext();
  const student = await other.newPage();
  await student.goto(link);
  await expect(student.getByRole('status').filter({ hasText: 'শেয়ার করা সেশন খোলা হয়েছে।' })).toBeVisible({ timeout: 15_000 });
  expect(new URL(student.url()).hash).toBe('');
  await expect(student.locator('.timeline-point')).toHaveCount(4);
  expect(await runCommand(student, ps)).toBe(psBefore);
  expect(psBefore).toMatch(/^[0-9a-f]{12} "sleep 1000" shared\n$/);
  expect(await runCommand(student, 'docker network ls --format {{.Name}} --filter name=classroom')).toBe('classroom\n');
  await other.close();
});

test('a malformed link is refused and the stored session survives', async ({ page }) => {
  let alerted = false;
  page.on('dialog', (dialog) => {
    alerted = true;
    void dialog.dismiss();
  });
  await openApp(page);
  await runCommand(page, 'docker network create kept');
  await page.goto('/#s=<script>alert(1)</script>');
  await expect(page.getByRole('status').filter({ hasText: 'শেয়ার লিংকটি সঠিক নয়' })).toBeVisible({ timeout: 15_000 });
  expect(await runCommand(page, 'docker network ls --format {{.Name}} --filter name=kept')).toBe('kept\n');
  await page.goto('/#s=' + 'A'.repeat(64));
  await expect(page.getByRole('status').filter({ hasText: 'শেয়ার লিংকটি সঠিক নয়' })).toBeVisible({ timeout: 15_000 });
  await page.reload();
  expect(await runCommand(page, 'docker network ls --format {{.Name}} --filter name=kept')).toBe('kept\n');
  expect(alerted).toBe(false);
});
