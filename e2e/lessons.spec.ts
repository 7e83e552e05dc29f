import { test, expect } from '@playwright/test';
import { openApp, promptText, runCommand } from './helpers/terminal';

const SOLUTION = [
  'docker network create nw_1',
  'docker run --net=nw_1 --name cont_01 -d busybox sleep 100000',
  'docker network connect nw_1 cont_02',
  'docker network create nw_2',
  'docker run -d --name cont_03 --net nw_2 busybox sleep 100000',
  'docker network connect nw_1 cont_03',
];

test('lesson 6: a snippet types into the terminal, the solution ticks every goal, a reload keeps the progress', async ({ page }) => {
  await openApp(page);
  const panel = page.locator('[data-panel="lesson"]');
  await panel.getByRole('button', { name: /আইপি ঠিকানা আর ব্রিজ নেটওয়ার্ক পাঠটি খুলুন/ }).click();
  await expect(panel.getByRole('heading', { name: 'আইপি ঠিকানা আর ব্রিজ নেটওয়ার্ক' })).toBeVisible();
  // The lesson's own world: the classic era with cont_02 already running.
  await expect.poll(() => promptText(page)).toBe('docker@default:~$ ');

  await panel.getByRole('button', { name: /পরের অংশ/ }).click();
  await expect(panel.getByRole('heading', { name: 'ডকারের নেটওয়ার্কগুলো' })).toBeVisible();
  await panel.getByRole('button', { name: /docker network ls$/ }).click();
  await expect.poll(() => promptText(page)).toBe('docker@default:~$ docker network ls');
  // Typed, not run: Ctrl-U clears the line again.
  await page.keyboard.press('Control+u');

  const goals = panel.locator('.lesson-goal');
  await expect(goals).toHaveCount(5);
  await expect(panel.locator('.lesson-goal[data-met="true"]')).toHaveCount(0);
  await panel.locator('[data-goal="cont02-joined"]').getByRole('button', { name: 'কী বাকি?' }).click();
  await expect(panel.locator('[data-goal="cont02-joined"]')).toContainText('cont_02 এখনো nw_1 নেটওয়ার্কে নেই।');

  for (const line of SOLUTION) await runCommand(page, line, 15_000);
  await expect(panel.locator('.lesson-goal[data-met="true"]')).toHaveCount(5);
  await expect(panel.locator('[data-goal="cont03-reaches-cont01"]')).toContainText('(পূরণ হয়েছে)');
  await expect(panel.getByRole('status').filter({ hasText: 'সব লক্ষ্য পূরণ!' })).toBeVisible();

  // A known error gets its Bangla explanation beside Docker's unchanged text.
  const output = await runCommand(page, 'docker run -d --name cont_01 busybox sleep 1');
  expect(output).toContain('is already in use by container');
  await expect(panel.locator('[data-hint="name-in-use"]')).toContainText('এই নামে একটি কন্টেইনার আগে থেকেই আছে');

  await page.waitForTimeout(600); // the session saves 400 ms after a change
  await page.reload();
  await openApp(page);
  await expect(panel.getByRole('heading', { name: 'আইপি ঠিকানা আর ব্রিজ নেটওয়ার্ক' })).toBeVisible();
  await expect(panel.locator('.lesson-goal[data-met="true"]')).toHaveCount(5);
  await panel.getByRole('button', { name: /সব পাঠ/ }).click();
  await expect(panel.locator('[data-lesson="bridge-networking"]')).toContainText('5/5 লক্ষ্য ✓ সম্পন্ন');
});

test('show solution fills the terminal with the first command without running it', async ({ page }) => {
  await openApp(page);
  const panel = page.locator('[data-panel="lesson"]');
  await panel.getByRole('button', { name: /কন্টেইনার আর ওএস-স্তরের ভার্চুয়ালাইজেশন পাঠটি খুলুন/ }).click();
  await panel.getByRole('button', { name: 'সমাধান দেখান' }).click();
  await expect.poll(() => promptText(page)).toBe('docker@default:~$ docker pull alpine');
  await expect(panel.locator('.lesson-goal[data-met="true"]')).toHaveCount(0);
});
