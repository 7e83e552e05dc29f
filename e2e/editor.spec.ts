import { test, expect, type Page } from '@playwright/test';
import { bufferText, openApp, promptText, runCommand, typeCommand } from './helpers/terminal';

async function openEditor(page: Page, line: string): Promise<void> {
  await typeCommand(page, line);
  await expect(page.locator('.editor-overlay')).toBeVisible();
}

async function editorClosed(page: Page): Promise<void> {
  await expect(page.locator('.editor-overlay')).toHaveCount(0);
  await expect.poll(() => promptText(page)).toBe('docker@default:~$ ');
}

test('nano: type, ^O Enter writes, ^X leaves, cat shows the file; a reload keeps it', async ({ page }) => {
  await openApp(page);
  await openEditor(page, 'nano Dockerfile');
  await expect(page.locator('.nano-title')).toContainText('GNU nano 7.2');
  await expect(page.locator('.nano-title')).toContainText('Dockerfile');
  await expect(page.locator('.nano-status')).toHaveText('[ New File ]');
  await expect(page.locator('.nano-help')).toContainText('^X Exit');
  const area = page.locator('.editor-text');
  await expect(area).toBeFocused();
  await page.keyboard.type('FROM python:3.6\nCOPY . /app\n');
  await expect(page.locator('.nano-title')).toContainText('Modified');
  await page.keyboard.press('Control+o');
  await expect(page.locator('.nano-prompt')).toContainText('File Name to Write:');
  await expect(page.locator('.nano-prompt input')).toHaveValue('Dockerfile');
  await page.keyboard.press('Enter');
  await expect(page.locator('.nano-status')).toHaveText('[ Wrote 2 lines ]');
  await expect(area).toBeFocused();
  await page.keyboard.press('Control+x');
  await editorClosed(page);
  // The keyboard is the terminal's again without a click.
  await page.keyboard.type('cat Dockerfile');
  await page.keyboard.press('Enter');
  await expect.poll(() => bufferText(page)).toContain('$ cat Dockerfile\nFROM python:3.6\nCOPY . /app\n');
  await page.reload();
  await openApp(page);
  expect(await runCommand(page, 'cat Dockerfile')).toBe('FROM python:3.6\nCOPY . /app\n');
});

test('nano: ^X on a modified buffer asks; Y writes and leaves, N leaves without writing', async ({ page }) => {
  await openApp(page);
  await openEditor(page, 'nano main.py');
  await page.keyboard.type('print("hi")');
  await page.keyboard.press('Control+x');
  await expect(page.getByTestId('nano-yesno')).toHaveText('Save modified buffer?');
  await expect(page.locator('.nano-help')).toContainText('Y Yes');
  await page.keyboard.press('y');
  await expect(page.locator('.nano-prompt input')).toHaveValue('main.py');
  await page.keyboard.press('Enter');
  await editorClosed(page);
  expect(await runCommand(page, 'cat main.py')).toBe('print("hi")\n');
  await openEditor(page, 'nano main.py');
  await expect(page.locator('.nano-status')).toHaveText('[ Read 1 line ]');
  await page.keyboard.press('Control+k');
  await page.keyboard.press('Control+x');
  await page.keyboard.press('n');
  await editorClosed(page);
  expect(await runCommand(page, 'cat main.py')).toBe('print("hi")\n');
});

test('vi (vim on the Ubuntu host): i, text, Esc, :q refused, :wq writes', async ({ page }) => {
  await openApp(page);
  await openEditor(page, 'vi app.txt');
  const screen = page.getByTestId('vi-screen');
  await expect(screen).toBeFocused();
  await expect(page.locator('.vi-status')).toContainText('"app.txt" [New]');
  await page.keyboard.type('ihello');
  await page.keyboard.press('Enter');
  await page.keyboard.type('world');
  await expect(page.locator('.vi-status')).toContainText('-- INSERT --');
  await page.keyboard.press('Escape');
  await page.keyboard.type(':q');
  await page.keyboard.press('Enter');
  await expect(page.locator('.vi-status')).toContainText('E37: No write since last change (add ! to override)');
  await page.keyboard.type(':wq');
  await page.keyboard.press('Enter');
  await editorClosed(page);
  expect(await runCommand(page, 'cat app.txt')).toBe('hello\nworld\n');
});
