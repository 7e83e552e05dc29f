// The built page carries a Content-Security-Policy with no inline script and no other origin, and
// the app runs under it without a single violation (terminal, lessons, views, share; the mini browser's spec runs under it too).
import { expect, test } from '@playwright/test';
import { openApp, runCommand } from './helpers/terminal';

test('the CSP allows no inline script and no remote origin, and nothing violates it', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(policy).not.toMatch(/https?:|\*/);
  // Every script of the page is a file of ours.
  expect(html.match(/<script\b[^>]*>/g)?.every((tag) => /\ssrc="\.\/assets\//.test(tag))).toBe(true);

  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await openApp(page);
  await runCommand(page, 'docker run -d -p 80:80 --name web nginx', 15_000);
  await page.getByRole('button', { name: 'শেয়ার' }).click();
  await expect(page.getByRole('img', { name: 'শেয়ার লিংকের QR কোড' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /পাঠটি খুলুন/ }).first().click();
  await page.getByRole('button', { name: 'হ্যাঁ, শুরু করুন' }).click();
  await expect(page.getByRole('button', { name: 'সব পাঠ' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});
