import { test, expect } from '@playwright/test';
import { bufferText, openApp, typeCommand } from './helpers/terminal';

test('Bangla typed into the terminal shows the note; the line still runs', async ({ page }) => {
  await openApp(page);
  const note = page.getByTestId('bangla-note');
  await expect(note).toHaveCount(0);
  await typeCommand(page, 'আমি');
  await expect(note).toBeVisible();
  await expect(note).toContainText('টার্মিনাল শুধু কমান্ড বোঝে');
  // The shell core is still a placeholder; bash will answer 'bash: আমি: command not found'.
  await expect.poll(() => bufferText(page)).toContain('আমি: not implemented');
  await note.getByRole('button', { name: 'ঠিক আছে' }).click();
  await expect(note).toHaveCount(0);
});
