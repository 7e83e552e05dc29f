import { test, expect } from '@playwright/test';
import { bufferText, openApp, promptText, typeCommand } from './helpers/terminal';

test('Ctrl-D leaves a container shell the way bash does', async ({ page }) => {
  await openApp(page);
  const host = await promptText(page);
  await typeCommand(page, 'docker run -it ubuntu bash');
  await expect.poll(() => promptText(page), { timeout: 10_000 }).toMatch(/^root@[0-9a-f]{12}:\/# $/);
  const inside = await promptText(page);
  await page.keyboard.press('Control+d');
  await expect.poll(async () => (await bufferText(page)).split('\n').slice(-2)).toEqual([`${inside}exit`, host]);
});
