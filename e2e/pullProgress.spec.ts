import { test, expect } from '@playwright/test';
import { bufferText, openApp, promptText, screenText, typeCommand } from './helpers/terminal';

test('docker pull redraws its layer lines in place, then leaves exactly the final lines', async ({ page }) => {
  await openApp(page);
  const p = await promptText(page);
  const before = await bufferText(page);
  await typeCommand(page, 'docker pull nginx');
  // The pull plays out over a few seconds of wall time: a layer shows its download meanwhile.
  await expect.poll(() => screenText(page), { timeout: 5_000, intervals: [50] }).toMatch(/^[0-9a-f]{12}: Downloading /m);
  await expect.poll(() => promptText(page), { timeout: 15_000 }).toBe(p);
  const lines = (await bufferText(page)).slice(before.length).split('\n');
  const layers = lines.filter((l) => /^[0-9a-f]{12}: /.test(l));
  expect(layers.length).toBeGreaterThan(0);
  expect(lines).toEqual([
    // The buffer read before ended with the prompt; the typed line follows it.
    'docker pull nginx',
    'Using default tag: latest',
    'latest: Pulling from library/nginx',
    ...layers.map((l) => expect.stringMatching(new RegExp(`^${l.slice(0, 12)}: Pull complete$`))),
    expect.stringMatching(/^Digest: sha256:[0-9a-f]{64}$/),
    'Status: Downloaded newer image for nginx:latest',
    // The current CLI (the app's default era) ends with the full reference.
    'docker.io/library/nginx:latest',
    p,
  ]);
});

test('docker run pulls on the terminal first, then runs the container', async ({ page }) => {
  await openApp(page);
  const p = await promptText(page);
  const before = await bufferText(page);
  await typeCommand(page, 'docker run hello-world');
  await expect.poll(() => promptText(page), { timeout: 15_000 }).toBe(p);
  const text = (await bufferText(page)).slice(before.length);
  expect(text).toMatch(/^docker run hello-world\nUnable to find image 'hello-world:latest' locally\nlatest: Pulling from library\/hello-world\n[0-9a-f]{12}: Pull complete\nDigest: sha256:[0-9a-f]{64}\nStatus: Downloaded newer image for hello-world:latest\n\nHello from Docker!\n/);
});
