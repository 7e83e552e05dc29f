// System calls from the last command, drawn as pulses between a process or container and its
// kernel: starting a container is clone() with new namespaces, a new process execve(), a stop
// the kernel delivering a signal, an exit exit_group().
import type { SimEvent } from '../../engine';
import type { PlanNode, PlanPulse } from '../viewTypes';

const MAX_PULSES = 8;

/** `batch` keys the pulses, so that the same call in a new command plays again. */
export function machinePulses(nodes: readonly PlanNode[], recent: readonly SimEvent[], batch = 0): PlanPulse[] {
  const ids = new Set(nodes.map((n) => n.id));
  const out: PlanPulse[] = [];
  const add = (from: string, to: string, label: string) => {
    if (out.length < MAX_PULSES && ids.has(from) && ids.has(to)) out.push({ id: `${batch}:${label}:${from}`, from, to, label });
  };
  for (const e of recent) {
    const kernel = `kernel:${e.host}`;
    switch (e.type) {
      case 'container.started':
        add(`container:${e.host}:${e.containerId}`, kernel, 'clone()');
        break;
      case 'process.started':
        add(`proc:${e.host}:${e.pid}`, kernel, 'execve()');
        break;
      case 'container.killed':
        add(kernel, `container:${e.host}:${e.containerId}`, `kill(${e.signal})`);
        break;
      case 'container.stopped':
        add(`container:${e.host}:${e.containerId}`, kernel, `exit_group(${e.exitCode})`);
        break;
      default:
        break;
    }
  }
  return out;
}
