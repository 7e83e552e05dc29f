import { test, expect } from '@playwright/test';
import { bufferText, openApp, promptText, runCommand } from './helpers/terminal';

test('Ctrl-C on a running ping in a container prints its summary', async ({ page }) => {
  await openApp(page);
  // Real docker refuses one-letter names (`c`), so the container is called box.
  expect(await runCommand(page, 'docker run -d --name box busybox sleep 1000', 10_000)).toMatch(/[0-9a-f]{64}\n$/);
  const p = await promptText(page);
  await page.keyboard.type('docker exec -it box ping 8.8.8.8');
  await page.keyboard.press('Enter');
  // ping prints a line a second on the wall clock; wait for two replies, then interrupt.
  await expect.poll(async () => ((await bufferText(page)).match(/^64 bytes from 8\.8\.8\.8: seq=\d+ ttl=\d+ time=[\d.]+ ms$/gm) ?? []).length, { timeout: 6_000 }).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('Control+c');
  await expect.poll(() => promptText(page)).toBe(p);
  const text = await bufferText(page);
  const run = text.slice(text.lastIndexOf(`${p}docker exec -it box ping 8.8.8.8\n`));
  const lines = run.split('\n');
  expect(lines[1]).toBe('PING 8.8.8.8 (8.8.8.8): 56 data bytes');
  const replies = lines.filter((line) => line.startsWith('64 bytes from')).length;
  // busybox ping's summary right after the ^C echo, then the prompt.
  expect(lines.slice(-5)).toEqual([
    '^C',
    '--- 8.8.8.8 ping statistics ---',
    `${replies} packets transmitted, ${replies} packets received, 0% packet loss`,
    expect.stringMatching(/^round-trip min\/avg\/max = [\d.]+\/[\d.]+\/[\d.]+ ms$/),
    p,
  ]);
  // busybox ping exits 0 on SIGINT once it had replies, and docker exec passes that on.
  expect(await runCommand(page, 'echo $?')).toBe('0\n');
});
