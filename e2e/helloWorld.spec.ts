import { test, expect } from '@playwright/test';
import { simulate } from '../src/headless/simulate';
import { openApp, runCommand } from './helpers/terminal';

// The browser shows exactly what the headless shell prints for the same fresh world.
// simulate() waits for jobs (the pull plays out as one) and shows prompt + line first, a prompt last.
function headless(line: string): string {
  const screen = simulate([line]).screen;
  return screen.slice(screen.indexOf('\n') + 1, screen.lastIndexOf('\n') + 1);
}

test('docker run hello-world pulls the image and prints the hello text', async ({ page }) => {
  await openApp(page);
  const output = await runCommand(page, 'docker run hello-world', 15_000);
  expect(output).toMatch(/^Unable to find image 'hello-world:latest' locally\nlatest: Pulling from library\/hello-world\n[0-9a-f]{12}: Pull complete\n/);
  expect(output).toContain('Status: Downloaded newer image for hello-world:latest\n\nHello from Docker!\nThis message shows that your installation appears to be working correctly.\n');
  expect(output).toBe(headless('docker run hello-world'));
  // The second run finds the image: no pull lines.
  expect(await runCommand(page, 'docker run hello-world')).toMatch(/^\nHello from Docker!\n/);
});
