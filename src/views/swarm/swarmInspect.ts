// What the inspect drawer shows for a swarm service, node or a task that has no container yet
// (pending, or not started): the simulation's record in the shape `docker service inspect`,
// `docker node inspect` and `docker inspect <task>` use, with the fields the simulation keeps.
// It is not byte for byte Docker's output (the drawer says so); a task with a container shows its
// container's real `docker inspect` instead.
import type { World } from '../../engine';
import { getClusterOf } from '../../engine/queries/swarm';
import { getTask } from '../../engine/swarm/taskTable';
import { toRfc3339Nano } from '../../engine/time';
import type { InspectTarget } from '../viewTypes';

export interface SwarmRecord {
  title: string;
  value: unknown;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function swarmRecord(world: World, target: InspectTarget): SwarmRecord | null {
  const cluster = getClusterOf(world, target.host) ?? Object.values(world.swarms).find((c) => Object.hasOwn(c.nodes, target.id) || Object.hasOwn(c.services, target.id));
  if (!cluster) return null;
  if (target.type === 'service') {
    const s = cluster.services[target.id];
    if (!s) return null;
    const spec = s.spec;
    return {
      title: `docker service inspect ${spec.name}`,
      value: {
        ID: s.id,
        Version: { Index: s.version },
        CreatedAt: toRfc3339Nano(s.createdAt),
        UpdatedAt: toRfc3339Nano(s.updatedAt),
        Spec: {
          Name: spec.name,
          TaskTemplate: {
            ContainerSpec: { Image: spec.image, ...(spec.args.length ? { Args: spec.args } : {}), ...(spec.env.length ? { Env: spec.env } : {}) },
            RestartPolicy: { Condition: spec.restartCondition, Delay: spec.restartDelay * 1_000_000, MaxAttempts: 0 },
            Placement: spec.constraints.length ? { Constraints: spec.constraints } : {},
          },
          Mode: spec.mode === 'global' ? { Global: {} } : { Replicated: { Replicas: spec.replicas } },
          EndpointSpec: { Mode: 'vip', ...(spec.ports.length ? { Ports: spec.ports.map((p) => ({ Protocol: p.protocol, TargetPort: p.targetPort, PublishedPort: p.publishedPort, PublishMode: p.publishMode })) } : {}) },
        },
        ...(s.vip ? { Endpoint: { VirtualIPs: [{ NetworkID: cluster.ingressId, Addr: s.vip }] } } : {}),
      },
    };
  }
  if (target.type === 'node') {
    const n = cluster.nodes[target.id];
    if (!n) return null;
    return {
      title: `docker node inspect ${n.host}`,
      value: {
        ID: n.id,
        Version: { Index: n.version },
        CreatedAt: toRfc3339Nano(n.createdAt),
        UpdatedAt: toRfc3339Nano(n.updatedAt),
        Spec: { Labels: n.labels, Role: n.role, Availability: n.availability },
        Description: { Hostname: n.host },
        Status: { State: n.status, Addr: n.addr },
        ...(n.role === 'manager' ? { ManagerStatus: { ...(n.id === cluster.leader ? { Leader: true } : {}), Reachability: n.status === 'ready' ? 'reachable' : 'unreachable', Addr: `${n.addr}:2377` } } : {}),
      },
    };
  }
  if (target.type === 'task') {
    const t = getTask(cluster, target.id);
    if (!t) return null;
    return {
      title: `docker inspect ${t.id}`,
      value: {
        ID: t.id,
        CreatedAt: toRfc3339Nano(t.createdAt),
        ServiceID: t.serviceId,
        Slot: t.slot,
        NodeID: t.nodeId,
        Status: { Timestamp: toRfc3339Nano(t.stateAt), State: t.state, Message: cap(t.state), ...(t.error ? { Err: t.error } : {}) },
        DesiredState: t.desired,
        Spec: { ContainerSpec: { Image: t.image } },
      },
    };
  }
  return null;
}
