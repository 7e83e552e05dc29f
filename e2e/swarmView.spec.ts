import { test, expect, type Page } from '@playwright/test';
import { openApp, runCommand } from './helpers/terminal';

test.use({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: process.env.SV_SHOTS ? 2 : 1 });

async function shot(page: Page, name: string): Promise<void> {
  if (!process.env.SV_SHOTS) return;
  await page.screenshot({ path: `${process.env.SV_SHOTS}/${name}.png` });
  await page.locator('svg.swarm-svg').screenshot({ path: `${process.env.SV_SHOTS}/${name}-svg.png`, scale: 'device' });
}

test('the swarm view shows a service\'s tasks, more cards on scale, and a task\'s container on click', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  await runCommand(page, 'docker swarm init', 15_000);
  await runCommand(page, 'docker service create --name web --replicas 3 -p 80:80 nginx', 30_000);
  await page.getByRole('tab', { name: /Swarm|সোয়ার্ম/ }).click();
  const svg = page.locator('svg.swarm-svg');
  await expect(svg).toBeVisible();
  await expect(svg.locator('.sv-node.kind-node')).toHaveCount(1);
  await expect(svg.locator('.sv-node.kind-node')).toContainText('default');
  await expect(svg.locator('.sv-node.kind-task')).toHaveCount(3);
  await expect(svg.locator('.sv-node.kind-task.state-running')).toHaveCount(3);
  await expect(svg.locator('.sv-node.kind-service')).toContainText('web 3/3');
  await expect(svg.locator('.sv-node.kind-mesh-port')).toContainText(':80 → web:80');

  await runCommand(page, 'docker service scale web=5', 30_000);
  await expect(svg.locator('.sv-node.kind-task')).toHaveCount(5);
  await expect(svg.locator('.sv-node.kind-service')).toContainText('web 5/5');

  // A curl through the routing mesh marks the task that answered.
  await runCommand(page, 'curl -s localhost > /dev/null', 10_000);
  await expect(svg.locator('.sv-node.kind-task.hit')).toHaveCount(1);
  await shot(page, 'swarm-one-node');

  // Clicking a task shows its container's docker inspect.
  await svg.locator('.sv-node.kind-task[data-label="web.1"]').click();
  await expect(page.locator('.inspect-json')).toContainText('"Name": "/web.1.');
  await expect(page.locator('.inspect-json')).toContainText('"com.docker.swarm.service.name": "web"');

  // The text outline nests the tasks under their node.
  await page.getByRole('button', { name: /Show as text|লেখায় দেখুন/ }).click();
  await expect(page.getByTestId('plan-outline')).toContainText('web.5');
});

test('three nodes: a drained one, a pending service with its reason, the history toggle', async ({ page }) => {
  // Two VMs boot in the browser's real time (about a minute each).
  test.setTimeout(300_000);
  await openApp(page);
  // A wider terminal, so the join lines are typed on one row.
  await page.locator('[data-panel="lesson"] .panel-toggle').click();
  for (const line of [
    'docker-machine create -d virtualbox node2',
    'docker-machine create -d virtualbox node3',
    'docker swarm init --advertise-addr 192.168.99.100',
    'TOKEN=$(docker swarm join-token worker -q)',
    'J="docker swarm join --token $TOKEN 192.168.99.100:2377"',
    'docker-machine ssh node2 $J',
    'docker-machine ssh node3 $J',
    'docker service create -d --name web --replicas 4 -p 80:80 nginx',
    'docker service create -d --name api --replicas 2 busybox sleep 1000',
    'sleep 5',
    'docker node update --availability drain node3',
    'docker service create -d --name big --reserve-memory 100G busybox sleep 1000',
    'sleep 5',
    'curl -s 192.168.99.101 > /dev/null',
  ])
    await runCommand(page, line, 120_000);
  await page.getByRole('tab', { name: /Swarm|সোয়ার্ম/ }).click();
  const svg = page.locator('svg.swarm-svg');
  await expect(svg.locator('.sv-node.kind-node')).toHaveCount(3);
  await expect(svg.locator('.sv-node.kind-node.state-drain')).toContainText('Drain');
  await expect(svg.locator('.sv-node.kind-task.state-pending')).toContainText('big.1');
  await expect(svg.locator('.sv-node.kind-task.state-running')).toHaveCount(6);
  await shot(page, 'swarm-three-nodes');
  await page.getByRole('button', { name: /History|ইতিহাস/ }).click();
  await expect(svg.locator('.sv-node.kind-task.state-ended').first()).toBeVisible();
  await shot(page, 'swarm-history');
  await svg.locator('.sv-node.kind-node').first().click();
  await expect(page.getByTestId('inspect-drawer')).toContainText('docker node inspect default');
});
