import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { outlineLabels, outlineTree } from '../outlineTree';
import { AGGREGATE_ABOVE, layoutSwarm } from './layoutSwarm';
import { editNode, THREE_NODES, typeSwarm } from './swarmTestWorld';
import { rows, swarmNamer } from './swarmTestRows';

describe('layoutSwarm: one node, a service of 5 replicas publishing port 80', () => {
  const typed = typeSwarm(['docker swarm init', 'docker service create --name web --replicas 5 -p 80:80 nginx', '+10000', 'curl -s localhost >/dev/null', 'curl -s localhost >/dev/null']);
  const plan = layoutSwarm(typed.world, { host: 'default', recent: typed.last, log: typed.log });
  const name = swarmNamer(typed.world);

  it('draws the legend, the node column with its mesh port, and five running task cards', () => {
    expect([plan.width, plan.height, plan.liveHeight, plan.historyCount, plan.aggregated]).toEqual([216, 386, 386, 0, undefined]);
    expect(plan.groups.map((g) => [g.id, g.x, g.y, g.w, g.h, g.label.en])).toEqual([['legend', 16, 16, 184, 62, 'Services']]);
    expect(plan.columns.map((c) => [name(c.id), c.x, c.y, c.w, c.h, c.down])).toEqual([['col:default', 16, 92, 184, 278, false]]);
    expect(rows(typed.world, plan)).toEqual([
      ['svc:web', 'service', 22, 38, 176, 34, 'web 5/5', 'nginx:latest :80→80', undefined],
      ['node:default', 'node', 22, 98, 172, 40, 'default', 'Leader · Active · Ready', 'active'],
      ['mesh:default:80/tcp', 'mesh-port', 22, 144, 172, 20, '⇄ :80 → web:80', 'the last curl went here', undefined],
      ['task:web.1', 'task', 22, 170, 172, 34, 'web.1', '<id> · Running', 'running'],
      ['task:web.2', 'task', 22, 210, 172, 34, 'web.2', '<id> · Running', 'running'],
      ['task:web.3', 'task', 22, 250, 172, 34, 'web.3', '<id> · Running', 'running'],
      ['task:web.4', 'task', 22, 290, 172, 34, 'web.4', '<id> · Running', 'running'],
      ['task:web.5', 'task', 22, 330, 172, 34, 'web.5', '<id> · Running', 'running'],
    ]);
  });

  it('marks every card with the service colour and letter, inspects the container, and nests the outline node → tasks', () => {
    const card = plan.nodes[3];
    const cluster = Object.values(typed.world.swarms)[0];
    const containerId = Object.values(cluster.tasks.find((b) => b && Object.hasOwn(b, card.id.slice(5)))!)!.find((t) => t.id === card.id.slice(5))!.containerId!;
    expect([card.colour, card.letter, card.slotKey && name(card.slotKey), card.parent && name(card.parent)]).toEqual([0, 'A', 'web.1', 'node:default']);
    expect(card.inspect).toEqual({ type: 'container', id: containerId, host: 'default' });
    expect(plan.nodes[1].inspect).toEqual({ type: 'node', id: plan.nodes[1].id.slice(5), host: 'default' });
    expect(plan.nodes[0].inspect).toEqual({ type: 'service', id: plan.nodes[0].id.slice(4), host: 'default' });
    expect(outlineLabels(outlineTree(plan), 'en')).toEqual(['Services', 'web 5/5', 'default', '⇄ :80 → web:80', 'web.1', 'web.2', 'web.3', 'web.4', 'web.5']);
  });

  it('highlights where the last curl went through the routing mesh (round-robin: the second curl reached web.2)', () => {
    expect(plan.nodes.filter((n) => n.hit).map((n) => name(n.id))).toEqual(['mesh:default:80/tcp', 'task:web.2']);
    expect(plan.pulses.map((p) => ({ ...p, to: name(p.to) }))).toEqual([{ id: `mesh:${typed.log[typed.log.length - 1].batch}:1`, from: 'mesh:default:80/tcp', to: 'task:web.2', label: 'curl' }]);
  });
});

describe('layoutSwarm: three nodes, one drained, a pending service, then a node down', () => {
  const typed = typeSwarm([
    ...THREE_NODES,
    'docker service create --name web --replicas 4 nginx',
    'docker node update --availability drain node3',
    'docker service create --name api --replicas 2 busybox sleep 1000',
    'docker service create --detach --name big --reserve-memory 100G busybox sleep 1000',
    '+10000',
  ]);
  const plan = layoutSwarm(typed.world, { host: 'default', recent: [] });
  const name = swarmNamer(typed.world);

  it('spreads the tasks over the two active nodes, leaves the drained one empty and keeps its shut-down task in history', () => {
    expect([plan.width, plan.height, plan.liveHeight, plan.historyCount]).toEqual([852, 370, 280, 1]);
    expect(plan.columns.map((c) => [name(c.id), c.x, c.h, c.down])).toEqual([
      ['col:default', 16, 172, false],
      ['col:node2', 212, 172, false],
      ['col:node3', 408, 172, false],
    ]);
    expect(plan.groups.map((g) => [g.id, g.x, g.y, g.w, g.h, g.label.en, g.history])).toEqual([
      ['legend', 16, 16, 820, 62, 'Services', undefined],
      ['pending', 604, 92, 232, 172, 'Pending (no node)', undefined],
      ['history', 16, 292, 820, 62, 'History: ended tasks', true],
    ]);
    expect(rows(typed.world, plan)).toEqual([
      ['svc:web', 'service', 22, 38, 176, 34, 'web 4/4', 'nginx:latest', undefined],
      ['svc:api', 'service', 206, 38, 176, 34, 'api 2/2', 'busybox:latest', undefined],
      ['svc:big', 'service', 390, 38, 176, 34, 'big 0/1', 'busybox:latest', undefined],
      ['node:default', 'node', 22, 98, 172, 40, 'default', 'Leader · Active · Ready', 'active'],
      ['task:web.1', 'task', 22, 144, 172, 34, 'web.1', '<id> · Running', 'running'],
      ['task:web.4', 'task', 22, 184, 172, 34, 'web.4', '<id> · Running', 'running'],
      ['task:api.1', 'task', 22, 224, 172, 34, 'api.1', '<id> · Running', 'running'],
      ['node:node2', 'node', 218, 98, 172, 40, 'node2', 'Worker · Active · Ready', 'active'],
      ['task:web.2', 'task', 218, 144, 172, 34, 'web.2', '<id> · Running', 'running'],
      ['task:web.3', 'task', 218, 184, 172, 34, 'web.3', '<id> · Running', 'running'],
      ['task:api.2', 'task', 218, 224, 172, 34, 'api.2', '<id> · Running', 'running'],
      ['node:node3', 'node', 414, 98, 172, 40, 'node3', 'Worker · Drain · Ready', 'drain'],
      ['task:big.1', 'task', 610, 116, 220, 34, 'big.1', 'Pending · no suitable node (1 node not available for new tasks; insufficient resources on 2 nodes)', 'pending'],
      ['task:web.3', 'task', 414, 314, 172, 34, 'web.3', '<id> · Shutdown', 'ended'],
    ]);
    expect(plan.nodes.filter((n) => n.history).map((n) => [name(n.id), n.parent && name(n.parent)])).toEqual([['task:web.3', 'node:node3']]);
    expect(plan.nodes.map((n) => n.letter).join('')).toBe('ABCAABAAB' + 'C' + 'A');
  });

  it('shows a pending task with the scheduler\'s reason, inspecting the task record (no container yet)', () => {
    const pending = plan.nodes.find((n) => n.state === 'pending')!;
    expect([pending.parent, pending.inspect?.type, pending.hint?.en && name(pending.hint.en)]).toEqual([
      'pending',
      'task',
      'Task big.1 (<id>) on no node: Pending; no suitable node (1 node not available for new tasks; insufficient resources on 2 nodes). Click for its container\'s docker inspect',
    ]);
  });

  it('greys and labels a node that is down', () => {
    const down = layoutSwarm(produce(typed.world, editNode('node2', { status: 'down' })), { host: 'default', recent: [] });
    const header = down.nodes.find((n) => name(n.id) === 'node:node2')!;
    expect([header.label, header.sub?.en, header.state, down.columns[1].down]).toEqual([{ bn: 'node2 — Down (বন্ধ)', en: 'node2 — Down' }, 'Worker · Active · Down', 'down', true]);
  });
});

describe('layoutSwarm: above the threshold, counts per node × service', () => {
  const typed = typeSwarm(['docker swarm init', `docker service create --detach --name web --replicas ${AGGREGATE_ABOVE + 10} nginx`, '+1000', 'docker service create --detach --name db --replicas 3 busybox sleep 1000', '+10000']);
  const plan = layoutSwarm(typed.world, { host: 'default', recent: [] });
  const name = swarmNamer(typed.world);

  it('draws one cell per service with its count and a bar, never a card per task (the legend wraps in one column)', () => {
    expect(plan.aggregated).toBe(true);
    expect(plan.nodes.map((n) => [name(n.id), n.kind, n.y, n.h, n.label.en, n.sub?.en, n.progress, n.letter])).toEqual([
      ['svc:web', 'service', 38, 34, 'web 160/160', 'nginx:latest', undefined, 'A'],
      ['svc:db', 'service', 80, 34, 'db 3/3', 'busybox:latest', undefined, 'B'],
      ['node:default', 'node', 140, 40, 'default', 'Leader · Active · Ready', undefined, undefined],
      ['cell:default:web', 'cell', 186, 40, 'web × 160 tasks', 'running 160 · starting 0 · ended 0', 1, 'A'],
      ['cell:default:db', 'cell', 232, 40, 'db × 3 tasks', 'running 3 · starting 0 · ended 0', 3 / 160, 'B'],
    ]);
  });
});

describe('layoutSwarm: no swarm', () => {
  it('says how to start one', () => {
    const plan = layoutSwarm(typeSwarm([]).world, { host: 'default', recent: [] });
    expect(plan.nodes.map((n) => [n.kind, n.label.en])).toEqual([['note', 'No swarm yet. Start one with docker swarm init, then docker service create']]);
  });
});
