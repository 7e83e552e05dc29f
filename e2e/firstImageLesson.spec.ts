import { test, expect, type Page } from '@playwright/test';
import { openApp, promptText, typeCommand, bufferText } from './helpers/terminal';
import { lesson } from '../lessons/04-first-image/lesson';

// Not anchored at the line start: curl's page has no final newline, so the prompt follows it.
const PROMPTS = /docker@default:[^$\n]*\$ /g;
const AT_PROMPT = /docker@default:[^$\n]*\$ $/;

const promptCount = async (page: Page) => [...(await bufferText(page)).matchAll(PROMPTS)].length;

/** Type a line and wait for the next prompt. Long lines wrap at the narrow terminal's edge, so this
 * counts prompts rather than matching the echoed line as runCommand does. */
async function runLine(page: Page, line: string, timeout = 60_000): Promise<void> {
  const before = await promptCount(page);
  await typeCommand(page, line);
  await expect.poll(async () => (await promptCount(page)) > before && AT_PROMPT.test(await promptText(page)), { timeout }).toBe(true);
}

// Lesson 4 through the panel by typing: hello-world, the Flask project, the build, the container,
// then the page in the mini browser at the VM's address.
test('lesson 4: typing the seed\'s steps ticks every goal and the mini browser shows the app', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  const panel = page.locator('[data-panel="lesson"]');
  await panel.getByRole('button', { name: /হ্যালো ওয়ার্ল্ড আর নিজের প্রথম ইমেজ পাঠটি খুলুন/ }).click();
  await expect(panel.getByRole('heading', { name: 'হ্যালো ওয়ার্ল্ড আর নিজের প্রথম ইমেজ' })).toBeVisible();
  await expect.poll(() => promptText(page)).toBe('docker@default:~$ ');
  await expect(panel.locator('.lesson-goal')).toHaveCount(6);
  await expect(panel.locator('.lesson-goal[data-met="true"]')).toHaveCount(0);

  const challengeAt = lesson.solution.indexOf('curl localhost') + 1;
  for (const line of lesson.solution.slice(0, challengeAt)) await runLine(page, line);
  await expect(panel.locator('.lesson-goal[data-met="true"]')).toHaveCount(5);
  await expect(panel.locator('[data-goal="app-answers"]')).toContainText('(পূরণ হয়েছে)');
  await panel.locator('[data-goal="bangla-greeting"]').getByRole('button', { name: 'কী বাকি?' }).click();
  await expect(panel.locator('[data-goal="bangla-greeting"]')).toContainText('80 নম্বর পোর্টের পাতায় এখনো কোনো বাংলা লেখা নেই।');

  const browser = page.getByTestId('mini-browser');
  const address = browser.getByRole('textbox', { name: 'ঠিকানা' });
  await address.fill('192.168.99.100');
  await address.press('Enter');
  // Flask answers text/html, so the page shows in the sandboxed frame.
  await expect(page.frameLocator('[data-testid="browser-frame"]').locator('body')).toHaveText("Hey I'm running python flask app inside Docker!");

  for (const line of lesson.solution.slice(challengeAt)) await runLine(page, line);
  await expect(panel.locator('.lesson-goal[data-met="true"]')).toHaveCount(6);
  await expect(panel.getByRole('status').filter({ hasText: 'সব লক্ষ্য পূরণ!' })).toBeVisible();
});
