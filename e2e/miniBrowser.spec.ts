import { test, expect } from '@playwright/test';
import { openApp, runCommand } from './helpers/terminal';

test('the mini browser shows a container page through a published port; reload is a new request', async ({ page }) => {
  await openApp(page);
  expect(await runCommand(page, 'docker run -d -p 82:80 --name web nginx', 10_000)).toMatch(/[0-9a-f]{64}\n$/);
  const browser = page.getByTestId('mini-browser');
  const address = browser.getByRole('textbox', { name: 'ঠিকানা' });
  await address.fill('localhost:82');
  await address.press('Enter');
  await expect(address).toHaveValue('http://localhost:82/');
  const frame = browser.getByTestId('browser-frame');
  await expect(frame).toHaveAttribute('sandbox', '');
  await expect(page.frameLocator('[data-testid="browser-frame"]').getByRole('heading', { level: 1 })).toHaveText('Welcome to nginx!');

  await browser.getByRole('button', { name: 'আবার লোড করুন' }).click();
  await expect(page.frameLocator('[data-testid="browser-frame"]').getByRole('heading', { level: 1 })).toHaveText('Welcome to nginx!');
  const logs = await runCommand(page, 'docker logs web 2>&1 | grep -c "GET / HTTP/1.1"');
  expect(logs).toBe('2\n');
});

test('a port nothing listens on shows the browser error page, in Bangla and in English', async ({ page }) => {
  await openApp(page);
  const browser = page.getByTestId('mini-browser');
  const address = browser.getByRole('textbox', { name: 'ঠিকানা' });
  await address.fill('http://192.168.99.100');
  await browser.getByRole('button', { name: 'যান' }).click();
  const error = browser.getByTestId('browser-error');
  await expect(error).toHaveText(['এই সাইটে পৌঁছানো যাচ্ছে না', '192.168.99.100 সংযোগ করতে দেয়নি।', 'ERR_CONNECTION_REFUSED'].join(''));
  await page.getByRole('button', { name: 'English' }).click();
  await expect(error).toHaveText(['This site can’t be reached', '192.168.99.100 refused to connect.', 'ERR_CONNECTION_REFUSED'].join(''));
});

test('a text/plain answer from a container IP shows as text; a missing page shows nginx 404 page', async ({ page }) => {
  await openApp(page);
  expect(await runCommand(page, 'docker run -d --name web nginx', 10_000)).toMatch(/[0-9a-f]{64}\n$/);
  // Short lines: the terminal breaks a typed line at the screen edge with a hard newline (for now).
  await runCommand(page, 'docker exec -it web sh');
  await runCommand(page, 'echo hello text > /usr/share/nginx/html/a.txt');
  await runCommand(page, 'exit');
  // The first container on the default bridge.
  const ip = '172.17.0.2';
  const browser = page.getByTestId('mini-browser');
  const address = browser.getByRole('textbox', { name: 'ঠিকানা' });
  await address.fill(`http://${ip}/a.txt`);
  await address.press('Enter');
  await expect(browser.getByTestId('browser-text')).toHaveText('hello text\n');
  await address.fill(`http://${ip}/nosuchpage`);
  await address.press('Enter');
  await expect(page.frameLocator('[data-testid="browser-frame"]').locator('h1')).toHaveText('404 Not Found');
});
