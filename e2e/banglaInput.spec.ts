import { test, expect } from '@playwright/test';
import { bufferText, openApp, promptText, typeCommand } from './helpers/terminal';

test('Bangla typed into the terminal shows the note; the line still runs', async ({ page }) => {
  await openApp(page);
  const p = await promptText(page);
  const note = page.getByTestId('bangla-note');
  await expect(note).toHaveCount(0);
  await typeCommand(page, 'আমি');
  await expect(note).toBeVisible();
  await expect(note).toContainText('টার্মিনাল শুধু কমান্ড বোঝে');
  await expect.poll(() => bufferText(page)).toBe(`${p}আমি\nbash: আমি: command not found\n${p}`);
  await note.getByRole('button', { name: 'ঠিক আছে' }).click();
  await expect(note).toHaveCount(0);
});

test('the note goes away when the next line is a command', async ({ page }) => {
  await openApp(page);
  const note = page.getByTestId('bangla-note');
  await typeCommand(page, 'ডকার');
  await expect(note).toBeVisible();
  await typeCommand(page, 'echo ok');
  await expect(note).toHaveCount(0);
});
