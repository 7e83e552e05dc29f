import { describe, it, expect } from 'vitest';
import { simulate } from '../../headless/simulate';
import { getContainer } from '../../engine/queries';
import { AGGREGATE_ABOVE, machineLayout } from './machineLayout';
import type { Plan } from '../viewTypes';

const rows = (plan: Plan) => [
  ...plan.groups.map((g) => `G ${g.id} ${g.x},${g.y} ${g.w}x${g.h} ${g.label.en}`),
  ...plan.nodes.map((n) => `N ${n.id} ${n.x},${n.y} ${n.w}x${n.h} ${n.label.en}${n.sub ? ` | ${n.sub.en}` : ''}${n.state ? ` [${n.state}]` : ''}`),
];

describe('machineLayout', () => {
  it('draws hardware, hypervisor, the VM with its kernel and each container with its processes and limits', () => {
    const { world } = simulate(['docker run -d --name web -m 256m --cpus 1.5 nginx', 'docker run --name hello hello-world'], { profile: 'classic' });
    const web = getContainer(world, 'default', 'web')!;
    const hello = getContainer(world, 'default', 'hello')!;
    const plan = machineLayout(world, { host: 'default', recent: [] });
    expect([plan.width, plan.height, plan.aggregated]).toEqual([272, 460, undefined]);
    expect(rows(plan)).toEqual([
      'G vm:default 12,12 248x344 VM default · 192.168.99.100',
      'G userspace:default 24,40 224x254 User space: isolated boxes',
      'N hardware 12,412 248x36 Hardware: your computer',
      'N hypervisor 12,366 248x36 Hypervisor: VirtualBox',
      'N kernel:default 24,304 224x40 Kernel 4.9.93-boot2docker | shared by all · 5 ns · 1 cgroups',
      'N hostprocs:default 36,64 200x54 The host’s own processes',
      'N proc:default:1 42,88 188x26 /sbin/init | PID 1',
      `N container:default:${web.id} 36,128 200x104 web | nginx · running [running]`,
      `N limits:default:${web.id} 42,168 188x26 ns: pid net mnt uts ipc | cgroup: 256MiB RAM · 1.5 CPU`,
      'N proc:default:2 42,198 188x26 nginx -g daemon off; | PID 1 inside · host PID 2',
      `N container:default:${hello.id} 36,242 200x40 hello | hello-world · exited (0) [exited]`,
    ]);
    expect(plan.nodes.find((n) => n.id === 'proc:default:2')?.inspect).toEqual({ type: 'process', id: '2', host: 'default' });
    expect(plan.nodes.find((n) => n.id === `container:default:${web.id}`)?.inspect).toEqual({ type: 'container', id: web.id, host: 'default' });
    expect(plan.nodes.find((n) => n.id === 'kernel:default')?.label.bn).toBe('কার্নেল 4.9.93-boot2docker');
  });

  it('gives every docker-machine VM its own kernel, the active host first', () => {
    const { world } = simulate(['docker-machine create --driver virtualbox myvm1'], { profile: 'classic' });
    const plan = machineLayout(world, { host: 'myvm1', recent: [] });
    expect(plan.groups.filter((g) => g.kind === 'vm').map((g) => `${g.id} ${g.x}`)).toEqual(['vm:myvm1 12', 'vm:default 270']);
    expect(plan.nodes.filter((n) => n.kind === 'kernel').map((n) => n.id)).toEqual(['kernel:myvm1', 'kernel:default']);
    expect(plan.nodes.find((n) => n.id === 'hypervisor')?.w).toBe(506);
  });

  it('animates the last command as system calls between containers, processes and the kernel', () => {
    const { world } = simulate(['docker run -d --name web nginx'], { profile: 'classic' });
    const web = getContainer(world, 'default', 'web')!;
    const plan = machineLayout(world, {
      host: 'default',
      batch: 7,
      recent: [
        { type: 'container.started', host: 'default', containerId: web.id },
        { type: 'process.started', host: 'default', pid: 2 },
        { type: 'process.started', host: 'default', pid: 999 },
      ],
    });
    expect(plan.pulses).toEqual([
      { id: `7:clone():container:default:${web.id}`, from: `container:default:${web.id}`, to: 'kernel:default', label: 'clone()' },
      { id: '7:execve():proc:default:2', from: 'proc:default:2', to: 'kernel:default', label: 'execve()' },
    ]);
  });

  it('draws counts per image above the threshold', () => {
    const lines = Array.from({ length: AGGREGATE_ABOVE + 1 }, (_, i) => (i % 2 ? 'docker run -d busybox sleep 1000' : 'docker create nginx'));
    const { world } = simulate(lines, { profile: 'classic' });
    const plan = machineLayout(world, { host: 'default', recent: [] });
    expect(plan.aggregated).toBe(true);
    expect(plan.nodes.filter((n) => n.kind === 'aggregate').map((n) => `${n.label.en} | ${n.sub?.en}`)).toEqual(['nginx × 31 containers | 0 running', 'busybox × 30 containers | 30 running']);
    expect(plan.nodes.length).toBeLessThan(20);
  });
});
