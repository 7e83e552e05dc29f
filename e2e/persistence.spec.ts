import { test, expect, type Page } from '@playwright/test';
import { openApp, promptText, runCommand } from './helpers/terminal';
import { SCHEMA_VERSION, STORAGE_KEY } from '../src/store/persistence/sessionSchema';

// The key follows the schema version, so a bump never leaves this spec writing a dead key.
const KEY = STORAGE_KEY;

/** Put `value` under the session key before the app's first load (only once, not on reloads). */
async function seedStorage(page: Page, value: string): Promise<void> {
  await page.addInitScript(
    ([key, text]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, text);
    },
    [KEY, value],
  );
}

test('reload keeps the containers, the history and the language', async ({ page }) => {
  await openApp(page);
  expect(await runCommand(page, 'docker run -d --name box busybox sleep 1000')).toMatch(/^(.*\n)*[0-9a-f]{64}\n$/);
  await page.getByRole('button', { name: 'English' }).click();
  await page.reload();
  await openApp(page);
  await expect(page).toHaveTitle('Docker Pathshala');
  await expect(page.getByTestId('session-notice')).toHaveCount(0);
  expect(await runCommand(page, "docker ps --format '{{.Names}} {{.Command}}'")).toBe('box "sleep 1000"\n');
  // The history is in the world, so bash's `history` still lists the line typed before the reload.
  expect(await runCommand(page, 'history')).toBe(
    [
      '    1  docker run -d --name box busybox sleep 1000',
      "    2  docker ps --format '{{.Names}} {{.Command}}'",
      '    3  history',
      '',
    ].join('\n'),
  );
});

test('a corrupt stored session starts fresh with a notice', async ({ page }) => {
  await seedStorage(page, '{"schema":1,"world":{"hosts":');
  await openApp(page);
  const notice = page.getByTestId('session-notice');
  await expect(notice).toHaveText(/সংরক্ষিত সেশনটি নষ্ট হয়ে গিয়েছিল, তাই নতুন সেশন শুরু হলো।/);
  await expect(notice).toHaveAttribute('role', 'alert');
  expect(await runCommand(page, 'docker ps -a -q')).toBe('');
  await notice.getByRole('button').click();
  await expect(notice).toHaveCount(0);
});

test('a stored session that fails validation starts fresh with a notice, in English too', async ({ page }) => {
  await seedStorage(page, JSON.stringify({ schema: SCHEMA_VERSION, world: { version: 1, hosts: {} }, terminalId: 't1', ui: {} }));
  await openApp(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('session-notice')).toHaveText(/The saved session could not be read, so a fresh session has started\./);
  expect(await runCommand(page, 'echo $((6 * 7))')).toBe('42\n');
});

test('Reset asks first; Cancel keeps everything, confirming starts a fresh world', async ({ page }) => {
  await openApp(page);
  await runCommand(page, 'docker run -d --name keep busybox sleep 1000');
  await page.getByRole('button', { name: 'নতুন করে শুরু' }).click();
  const dialog = page.getByRole('dialog', { name: 'নতুন করে শুরু করবেন?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'বাতিল' }).click();
  await expect(dialog).toBeHidden();
  expect(await runCommand(page, 'docker ps -q | wc -l')).toMatch(/^\s*1\n$/);

  await page.getByRole('button', { name: 'নতুন করে শুরু' }).click();
  await dialog.getByRole('button', { name: 'মুছে নতুন করে শুরু করুন' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => promptText(page)).toMatch(/^\S+[$#] $/);
  expect(await runCommand(page, 'docker ps -a -q')).toBe('');
  await page.reload();
  await openApp(page);
  expect(await runCommand(page, 'docker ps -a -q')).toBe('');
});

test('a full storage quota shows a notice and the session keeps running', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openApp(page);
  expect(await runCommand(page, 'echo one')).toBe('one\n');
  const notice = page.getByTestId('session-notice');
  await expect(notice).toHaveAttribute('data-notice', 'quota');
  await expect(notice).toContainText('সেশনটি ব্রাউজারে রাখার পক্ষে বড় হয়ে গেছে।');
  expect(await runCommand(page, 'echo two')).toBe('two\n');
});

test('a reload while a job runs comes back at a prompt, the container still up', async ({ page }) => {
  await openApp(page);
  await runCommand(page, 'docker run -d --name box busybox sleep 1000', 10_000);
  await page.keyboard.type('docker exec -it box ping 8.8.8.8');
  await page.keyboard.press('Enter');
  await expect.poll(() => promptText(page)).toMatch(/^64 bytes from 8\.8\.8\.8/);
  await page.reload();
  await openApp(page);
  expect(await promptText(page)).toBe('docker@default:~$ ');
  expect(await runCommand(page, "docker ps --format '{{.Names}} {{.Status}}'")).toMatch(/^box Up [^\n]+\n$/);
});
