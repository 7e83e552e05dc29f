import { test, expect, type Locator, type Page } from '@playwright/test';
import { bufferText, openApp, promptText, typeCommand } from './helpers/terminal';
import { lesson } from '../lessons/07-swarm-one-node/lesson';

const PROMPTS = /docker@default:[^$\n]*\$ /g;
const AT_PROMPT = /docker@default:[^$\n]*\$ $/;

const promptCount = async (page: Page) => [...(await bufferText(page)).matchAll(PROMPTS)].length;

/** Type a line and wait for the next prompt (counted, since long lines wrap in the narrow terminal). */
async function runLine(page: Page, line: string, timeout = 60_000): Promise<void> {
  const before = await promptCount(page);
  await typeCommand(page, line);
  await expect.poll(async () => (await promptCount(page)) > before && AT_PROMPT.test(await promptText(page)), { timeout }).toBe(true);
}

const goal = (panel: Locator, id: string) => panel.locator(`[data-goal="${id}"]`);

// Lesson 7 through the panel: starting it over typed work asks first; the seed's swarm chapter
// typed line by line ticks the goals one stage after another, and the stages the lesson takes
// apart at the end (the swarm, the service) stay ticked.
test('lesson 7: the start asks first, the typed solution ticks every goal, the mini browser is load-balanced', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  const panel = page.locator('[data-panel="lesson"]');
  await runLine(page, 'docker ps');

  const start = panel.getByRole('button', { name: /এক নোডের সোয়ার্ম পাঠটি খুলুন/ });
  await start.click();
  const dialog = page.getByRole('dialog', { name: 'এক নোডের সোয়ার্ম শুরু করবেন?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('টার্মিনালের লেখা সব মুছে যাবে');
  await dialog.getByRole('button', { name: 'না, থাক' }).click();
  await expect(dialog).toBeHidden();
  expect(await bufferText(page)).toContain('docker ps');

  await start.click();
  await dialog.getByRole('button', { name: 'হ্যাঁ, শুরু করুন' }).click();
  await expect(panel.getByRole('heading', { name: 'এক নোডের সোয়ার্ম' })).toBeVisible();
  await expect.poll(() => promptText(page)).toBe('docker@default:~$ ');
  await expect(panel.locator('.lesson-goal')).toHaveCount(7);
  await expect(panel.locator('.lesson-goal[data-met="true"]')).toHaveCount(0);

  // The seed's first try fails on the two-NIC VM; the goal says what is missing.
  await runLine(page, 'docker swarm init');
  expect(await bufferText(page)).toContain('could not choose an IP address to advertise');
  await goal(panel, 'swarm-leader').getByRole('button', { name: 'কী বাকি?' }).click();
  await expect(goal(panel, 'swarm-leader')).toContainText('এই মেশিন এখনো কোনো সোয়ার্মে নেই');

  const [init, create, scaleUp, ...rest] = lesson.solution;
  await runLine(page, init);
  await expect(goal(panel, 'swarm-leader')).toHaveAttribute('data-met', 'true');
  await runLine(page, create);
  await expect(goal(panel, 'hello-swarm-answers')).toHaveAttribute('data-met', 'true');
  await runLine(page, scaleUp);
  await expect(goal(panel, 'five-replicas')).toHaveAttribute('data-met', 'true');

  // The routing mesh: a reload in the mini browser is answered by another task.
  const browser = page.getByTestId('mini-browser');
  const address = browser.getByRole('textbox', { name: 'ঠিকানা' });
  await address.fill('192.168.99.100:82');
  await address.press('Enter');
  const frame = page.frameLocator('[data-testid="browser-frame"]');
  await expect(frame.locator('body')).toContainText('My hostname is');
  const first = await frame.locator('body').innerText();
  await browser.getByRole('button', { name: 'আবার লোড করুন' }).click();
  await expect.poll(() => frame.locator('body').innerText()).not.toBe(first);

  for (const line of rest) await runLine(page, line);
  await expect(panel.locator('.lesson-goal[data-met="true"]')).toHaveCount(7);
  // A stage taken apart later stays counted, and says so.
  await expect(goal(panel, 'swarm-leader')).toContainText('পরের ধাপে বদলালেও এটা গোনা থাকবে');
  await expect(goal(panel, 'cleaned-up')).toContainText('(পূরণ হয়েছে)');
  await expect(panel.getByRole('status').filter({ hasText: 'সব লক্ষ্য পূরণ!' })).toBeVisible();
  expect(await bufferText(page)).toContain('Node left the swarm.');
});
