import { test, expect, type Page } from '@playwright/test';
import { createWorld } from '../src/engine/createWorld';
import { createHost } from '../src/engine/host/createHost';
import { SCHEMA_VERSION, STORAGE_KEY as KEY } from '../src/store/persistence/sessionSchema';

/** A saved session whose world has a second machine, as `docker-machine create node2` leaves it. */
function sessionWithNode2(): string {
  const world = createWorld({ profile: 'classic' });
  createHost({ world, events: [] }, { name: 'node2', ip: '192.168.99.101' });
  return JSON.stringify({
    schema: SCHEMA_VERSION,
    world,
    terminalId: 't1',
    ui: {
      lang: 'en',
      panels: {
        lesson: { weight: 2.6, collapsed: false },
        terminal: { weight: 6, collapsed: false },
        views: { weight: 2.4, collapsed: false },
      },
      browserUrl: 'http://192.168.99.100',
    },
  });
}

const visibleTerminal = (page: Page) => page.locator('.terminal-host:not([hidden]) .xterm');

async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const rows = Array.from(document.querySelectorAll('.terminal-host:not([hidden]) .xterm-rows > div'));
    const lines = rows.map((row) => (row.textContent ?? '').replace(/\u00a0/g, ' ').replace(/\s+$/, ''));
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return lines.join('\n');
  });
}

test('each machine has a tab with its own terminal and history', async ({ page }) => {
  const saved = sessionWithNode2();
  await page.addInitScript(
    ([key, text]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, text);
    },
    [KEY, saved],
  );
  await page.goto('/');
  // Host tabs only: the views panel has tabs of its own.
  const tabs = page.getByRole('tablist', { name: /^(মেশিনগুলো|Machines)$/ }).getByRole('tab');
  await expect(tabs).toHaveText(['default', 'node2']);
  await expect(page.getByRole('tab', { name: 'default' })).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => visibleText(page)).toBe('docker@default:~$');

  await visibleTerminal(page).click();
  await page.keyboard.type('echo on-default');
  await page.keyboard.press('Enter');
  await expect.poll(() => visibleText(page)).toContain('on-default\ndocker@default:~$');

  await page.getByRole('tab', { name: 'node2' }).click();
  await expect(page.getByRole('tab', { name: 'node2' })).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => visibleText(page)).toBe('docker@node2:~$');
  await visibleTerminal(page).click();
  await page.keyboard.type('hostname');
  await page.keyboard.press('Enter');
  await expect.poll(() => visibleText(page)).toBe('docker@node2:~$ hostname\nnode2\ndocker@node2:~$');
  // ↑ on node2 knows only node2's line.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => (await visibleText(page)).split('\n').pop()).toBe('docker@node2:~$ hostname');

  // Back on default, its screen is as it was left.
  await page.getByRole('tab', { name: 'default' }).click();
  await expect.poll(() => visibleText(page)).toBe('docker@default:~$ echo on-default\non-default\ndocker@default:~$');
});

test('the screen-reader toggle turns on xterm’s accessibility tree', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.xterm-rows')).toBeVisible();
  await expect(page.locator('.xterm-accessibility')).toHaveCount(0);
  const toggle = page.locator('.screen-reader-toggle');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.xterm-accessibility')).toHaveCount(1);
  await toggle.click();
  await expect(page.locator('.xterm-accessibility')).toHaveCount(0);
});
