import { test, expect } from '@playwright/test';
import { openApp, runCommand } from './helpers/terminal';

test('typing echo hello prints hello', async ({ page }) => {
  await openApp(page);
  expect(await runCommand(page, 'echo hello')).toBe('hello\n');
});
