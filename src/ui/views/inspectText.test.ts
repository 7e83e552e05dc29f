import { describe, it, expect } from 'vitest';
import { createWorld, type World } from '../../engine';
import { getContainer } from '../../engine/queries';
import { type } from '../../shell/testing/shellHarness';
import { inspectText } from './inspectText';

function run(world: World, line: string): { world: World; out: string } {
  const o = type(world, line);
  return { world: o.world, out: o.stdout };
}

describe('inspectText', () => {
  it('prints what docker inspect prints for a container, an image, a network and a volume', () => {
    let w = createWorld({ profile: 'classic' });
    w = run(w, 'docker run -d --name web busybox sleep 1000').world;
    w = run(w, 'docker volume create data').world;
    const c = getContainer(w, 'default', 'web');
    expect(c).toBeDefined();
    const cmd = run(w, 'docker inspect web').out;
    expect(inspectText(w, { type: 'container', id: c!.id, host: 'default' })).toEqual({ title: 'docker inspect web', text: cmd, exact: true });
    const img = inspectText(w, { type: 'image', id: c!.imageId, host: 'default' });
    expect(img?.text).toBe(run(w, `docker inspect ${c!.imageId}`).out);
    const bridge = Object.values(w.hosts.default.daemon.networks).find((n) => n.name === 'bridge')!;
    expect(inspectText(w, { type: 'network', id: bridge.id, host: 'default' })?.text).toBe(run(w, 'docker network inspect bridge').out);
    expect(inspectText(w, { type: 'volume', id: 'data', host: 'default' })?.text).toBe(run(w, 'docker volume inspect data').out);
  });

  it('shows the simulation record for a process and a host, marked as not a docker command', () => {
    let w = createWorld({ profile: 'classic' });
    w = run(w, 'docker run -d --name web busybox sleep 1000').world;
    const c = getContainer(w, 'default', 'web')!;
    const p = inspectText(w, { type: 'process', id: String(c.state.pid), host: 'default' });
    expect(p?.exact).toBe(false);
    expect(p?.title).toBe(`PID ${c.state.pid}`);
    expect(JSON.parse(p!.text)).toMatchObject({ Pid: c.state.pid, NsPid: 1, Command: 'sleep 1000', ContainerID: c.id });
    expect(JSON.parse(inspectText(w, { type: 'host', id: 'default', host: 'default' })!.text)).toMatchObject({ Name: 'default', IPAddress: '192.168.99.100', Containers: 1, Images: 1 });
  });

  it('returns null for what no longer exists', () => {
    const w = createWorld();
    expect(inspectText(w, { type: 'container', id: 'nope', host: 'default' })).toBeNull();
    expect(inspectText(w, { type: 'container', id: 'x', host: 'nohost' })).toBeNull();
  });
});
