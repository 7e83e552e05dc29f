// Worlds for the swarm view's tests, made by typing commands through the store as the terminal
// does. The store runs the shell synchronously only once it has it (the browser loads it after
// the first prompt), so the shell is provided up front here. A step may also be a function that
// edits the world directly, for swarm states no command reaches yet (a node down, drained).
import '../../store/eagerShell';
import type { SimEvent, World } from '../../engine';
import { advanceClock, createAppStore, runLine } from '../../store';

export interface SwarmTyped {
  world: World;
  /** Events of the last step, as the views panel gets them. */
  last: SimEvent[];
  log: { batch: number; event: SimEvent }[];
}

export type Step = string | ((draft: World) => void);

const STEP_MS = 250;
const JOB_LIMIT_MS = 60_000;

/** Three VMs: default (the manager), node2 and node3 joined as workers. */
export const THREE_NODES: Step[] = [
  'docker-machine create -d virtualbox node2',
  'docker-machine create -d virtualbox node3',
  'docker swarm init --advertise-addr 192.168.99.100',
  'TOKEN=$(docker swarm join-token worker -q)',
  'docker-machine ssh node2 docker swarm join --token $TOKEN 192.168.99.100:2377',
  'docker-machine ssh node3 docker swarm join --token $TOKEN 192.168.99.100:2377',
];

/** Sets a field of the swarm node on `host` (availability, status). */
export function editNode(host: string, patch: { availability?: 'active' | 'pause' | 'drain'; status?: 'ready' | 'down' }): (draft: World) => void {
  return (draft) => {
    for (const c of Object.values(draft.swarms)) for (const n of Object.values(c.nodes)) if (n.host === host) Object.assign(n, patch);
  };
}

/** Types each line (a `+N` line advances the clock N ms); jobs run to their end on the virtual clock. */
export function typeSwarm(steps: Step[], profile: 'classic' | 'current' = 'current'): SwarmTyped {
  const store = createAppStore({ profile });
  let mark = 0;
  for (const step of steps) {
    mark = store.getState().nextEventSeq;
    if (typeof step === 'function') store.setState((s) => void step(s.world));
    else if (step.startsWith('+')) advanceClock(Number(step.slice(1)), store);
    else runLine(step, store);
    for (let ms = 0; store.getState().running && ms < JOB_LIMIT_MS; ms += STEP_MS) advanceClock(STEP_MS, store);
  }
  const state = store.getState();
  return { world: state.world, last: state.events.filter((e) => e.seq >= mark).map((e) => e.event), log: state.events.map((e) => ({ batch: e.batch, event: e.event })) };
}
