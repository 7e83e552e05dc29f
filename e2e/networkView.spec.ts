import { test, expect, type Page } from '@playwright/test';
import { openApp, runCommand } from './helpers/terminal';

// The seed tutorial's networking chapter: two user bridges, cont_02 on two networks.
const CHAPTER = [
  'docker network create nw_1',
  'docker run --net=nw_1 --name cont_01 -d busybox sleep 100000',
  'docker run --name cont_02 -d busybox sleep 100000',
  'docker network connect nw_1 cont_02',
  'docker network create nw_2',
  'docker run -d --name cont_03 --net nw_2 busybox sleep 10000',
];

test.use({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: process.env.NV_SHOTS ? 2 : 1 });

async function shot(page: Page, name: string): Promise<void> {
  if (!process.env.NV_SHOTS) return;
  await page.screenshot({ path: `${process.env.NV_SHOTS}/${name}.png` });
  await page.locator('svg.network-svg').screenshot({ path: `${process.env.NV_SHOTS}/${name}-svg.png`, scale: 'device' });
}

async function openNetworkView(page: Page) {
  await page.getByRole('tab', { name: /Network|নেটওয়ার্ক/ }).click();
  const svg = page.locator('svg.network-svg');
  await expect(svg).toBeVisible();
  return svg;
}

test('the network view draws the chapter, animates a ping and stops a ping between bridges', async ({ page }) => {
  // Nine commands with two pulls: more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  await openApp(page);
  for (const line of CHAPTER) await runCommand(page, line, 15_000);
  const svg = await openNetworkView(page);
  // docker0, nw_1 and nw_2, each with its subnet; three containers, cont_02 with two NIC rows.
  await expect(svg.locator('.nv-node.kind-bridge')).toHaveCount(3);
  await expect(svg.locator('.nv-node.kind-bridge')).toContainText(['docker0', 'nw_1', 'nw_2']);
  await expect(svg.locator('.nv-node.kind-bridge').nth(1)).toContainText('172.18.0.0/16');
  await expect(svg.locator('.nv-node.kind-container')).toHaveCount(3);
  await expect(svg.locator('.nv-node.kind-endpoint')).toHaveCount(4);
  await expect(svg.locator('.nv-node.kind-endpoint').first()).toContainText('eth0 172.18.0.2');
  await expect(svg.locator('.nv-node.kind-dns')).toHaveCount(2);
  await shot(page, 'network-chapter');

  // Clicking a bridge shows what `docker network inspect` prints; the text outline lists the
  // network's containers with their addresses.
  await svg.locator('.nv-node.kind-bridge').nth(1).click();
  await expect(page.locator('.inspect-json')).toContainText('"Name": "nw_1"');
  await page.getByRole('button', { name: /Show as text|লেখায় দেখুন/ }).click();
  const outline = page.getByTestId('plan-outline');
  await expect(outline).toContainText('cont_01 eth0 172.18.0.2/16 MAC');
  await expect(outline).toContainText('cont_02 eth1 172.18.0.3/16 MAC');

  // Same bridge: the echo request runs container → nw_1 → container, and nothing is dropped.
  await runCommand(page, 'docker exec cont_01 ping -c 2 172.18.0.3', 10_000);
  await expect(svg.locator('.nv-packet')).toHaveCount(2);
  await expect(svg.locator('.nv-packet').nth(0)).toHaveAttribute('data-packet', '0:veth');
  await expect(svg.locator('.nv-packet.dropped')).toHaveCount(0);
  await shot(page, 'network-ping');

  // Different bridges: the packet leaves docker0 for the host and stops at nw_2 with a cross.
  await runCommand(page, 'docker exec cont_02 ping -c 1 -W 1 172.19.0.2', 10_000);
  await expect(svg.locator('.nv-packet.dropped')).toHaveCount(1);
  await expect(svg.locator('.nv-drop-label')).toContainText('DOCKER-ISOLATION');
  await page.waitForTimeout(1_800);
  await shot(page, 'network-blocked');
  if (process.env.NV_SHOTS) {
    // A wider look, as a student gets by folding the lesson panel away, in English.
    await page.locator('.panel-lesson .panel-toggle').click();
    await page.getByRole('button', { name: 'English' }).click();
    await runCommand(page, 'docker run -d --name web -p 8080:80 nginx', 15_000);
    await runCommand(page, 'docker network connect nw_1 cont_03', 10_000);
    await runCommand(page, 'docker exec cont_03 ping -c 2 cont_01', 10_000);
    await page.waitForTimeout(300);
    await shot(page, 'network-wide');
  }
});
