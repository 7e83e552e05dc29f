import { test, expect } from '@playwright/test';
import { openApp, runCommand } from './helpers/terminal';

test('typing echo hello prints what the shell answers', async ({ page }) => {
  await openApp(page);
  // The shell core is still a placeholder; this becomes 'hello\n' when it lands.
  expect(await runCommand(page, 'echo hello')).toBe('echo hello: not implemented\n');
});
