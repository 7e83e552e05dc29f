// Driving the xterm terminal from Playwright. term.write is asynchronous, so reads poll.
import { expect, type Page } from '@playwright/test';

/** Wait for the page and its terminal prompt. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.xterm-rows')).toBeVisible();
  await expect.poll(() => screenText(page)).not.toBe('');
}

/** Click into the terminal, type a line and press Enter. */
export async function typeCommand(page: Page, line: string): Promise<void> {
  await page.locator('.xterm').click();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

/** The visible rows of the DOM renderer, one line per row, right-trimmed. */
export async function screenText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const rows = Array.from(document.querySelectorAll('.xterm-rows > div'));
    const lines = rows.map((row) => (row.textContent ?? '').replace(/\u00a0/g, ' ').replace(/\s+$/, ''));
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return lines.join('\n');
  });
}

/** The whole buffer with wrapped rows joined back into lines (scrollback included). */
export async function bufferText(page: Page): Promise<string> {
  return page.evaluate(() => window.pathshalaTerminal?.readText() ?? '');
}

/** The prompt as the terminal shows it now (the last buffer line, trailing space kept). */
export async function promptText(page: Page): Promise<string> {
  return (await bufferText(page)).split('\n').pop() ?? '';
}

/** Poll the screen until it contains `text`; returns the screen then. */
export async function waitForText(page: Page, text: string, timeout = 5_000): Promise<string> {
  await expect.poll(() => screenText(page), { timeout }).toContain(text);
  return screenText(page);
}

/** Type a line and return what the terminal printed after it, up to the next prompt. */
export async function runCommand(page: Page, line: string, timeout = 5_000): Promise<string> {
  const before = await bufferText(page);
  await typeCommand(page, line);
  let after = '';
  await expect
    .poll(
      async () => {
        after = await bufferText(page);
        const fresh = after.slice(before.length);
        // The output is complete once a new prompt line starts after the echoed command.
        return fresh.includes(`${line}\n`) && /\n[^\n]*[$#>] ?$/.test(after.trimEnd() + ' ');
      },
      { timeout },
    )
    .toBe(true);
  const fresh = after.slice(before.length);
  const start = fresh.indexOf(`${line}\n`) + line.length + 1;
  const lastNewline = fresh.lastIndexOf('\n');
  return fresh.slice(start, lastNewline + 1);
}
