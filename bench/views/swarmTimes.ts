// The swarm view's layout at scale, in node: a real 5-node swarm (typed commands) whose cluster
// then gets N task records spread over the nodes and three services, running. Only the task
// records are made (no containers): the view reads tasks, and building 100,000 real task
// containers through the engine takes many minutes and gigabytes (swarm/README.md's open item).
import { produce } from 'immer';
import { performance } from 'node:perf_hooks';
import { createWorld } from '../../src/engine/createWorld';
import { putTask } from '../../src/engine/swarm/taskTable';
import type { World } from '../../src/engine/world';
import { advance, jobEndsAt, runLine } from '../../src/shell';
import { layoutSwarm } from '../../src/views/swarm/layoutSwarm';

function settle(world: World, line: string): World {
  let o = runLine(world, 't1', line);
  while (o.running) {
    const end = jobEndsAt(o.world, 't1');
    o = advance(o.world, 't1', end === undefined ? 1000 : Math.max(1, end - o.world.now));
  }
  return o.world;
}

export function swarmWorldWith(tasks: number): World {
  let world = createWorld({ profile: 'current' });
  for (const n of ['node2', 'node3', 'node4', 'node5']) world = settle(world, `docker-machine create -d virtualbox ${n}`);
  world = settle(world, 'docker swarm init --advertise-addr 192.168.99.100');
  world = settle(world, 'TOKEN=$(docker swarm join-token worker -q)');
  for (const n of ['node2', 'node3', 'node4', 'node5']) world = settle(world, `docker-machine ssh ${n} docker swarm join --token $TOKEN 192.168.99.100:2377`);
  for (const s of ['web', 'api', 'worker']) world = settle(world, `docker service create -d --name ${s} --replicas 1 busybox sleep 100000`);
  return produce(world, (d) => {
    const cluster = Object.values(d.swarms)[0];
    const nodes = Object.keys(cluster.nodes);
    const services = Object.values(cluster.services);
    for (let i = 0; i < tasks; i++) {
      const id = `${i.toString(36).padStart(6, '0')}benchtask0000000000`.slice(0, 25);
      const service = services[i % 3];
      putTask(cluster, { id, serviceId: service.id, slot: 100 + i, nodeId: nodes[i % nodes.length], desired: 'running', state: 'running', stateAt: d.now, createdAt: d.now, image: service.spec.image });
    }
  });
}

export interface SwarmFigure {
  tasks: number;
  firstMs: number;
  medianMs: number;
  elements: number;
  aggregated: boolean;
}

/** The first layout (grouping the tasks) and the median of later ones over the same world (cached grouping). */
export function swarmLayoutTimes(counts: number[], samples = 15): SwarmFigure[] {
  return counts.map((tasks) => {
    const world = swarmWorldWith(tasks);
    const t0 = performance.now();
    let plan = layoutSwarm(world, { host: 'default', recent: [] });
    const firstMs = performance.now() - t0;
    const times: number[] = [];
    for (let i = 0; i < samples; i++) {
      const t = performance.now();
      plan = layoutSwarm({ ...world, now: world.now + i }, { host: 'default', recent: [] });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return { tasks, firstMs, medianMs: times[Math.floor(samples / 2)], elements: plan.nodes.length + plan.groups.length + plan.columns.length, aggregated: !!plan.aggregated };
  });
}
