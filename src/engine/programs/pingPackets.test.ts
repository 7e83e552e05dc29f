import { describe, expect, it } from 'vitest';
import { createContainer } from '../containers/createContainer';
import { startContainer } from '../containers/startContainer';
import { spec, testWorld } from '../containers/testSupport';
import { containerVfs } from '../fs/containerVfs';

describe('ping sends its echo requests as packets', () => {
  it('emits the veth → bridge → veth path for each request', () => {
    const ctx = testWorld('classic');
    createContainer(ctx, 'default', spec('busybox', { name: 'target', cmd: ['sleep', '1000'] }));
    const target = startContainer(ctx, 'default', 'target');
    const pinger = createContainer(ctx, 'default', spec('busybox', { name: 'pinger', cmd: ['ping', '-c', '1', '172.17.0.2'] }));
    containerVfs(ctx.world, 'default', pinger.id).writeFile('/bin/ping', 'ELF');
    ctx.events.length = 0;
    startContainer(ctx, 'default', 'pinger');
    const bridge = target.networks.bridge.networkId;
    expect(ctx.events.filter((e) => e.type === 'packet.sent')).toEqual([
      { type: 'packet.sent', host: 'default', from: `ctr:${pinger.id}`, to: `br:${bridge}`, proto: 'icmp', hop: 'veth', device: 'eth0' },
      { type: 'packet.sent', host: 'default', from: `br:${bridge}`, to: `ctr:${target.id}`, proto: 'icmp', hop: 'veth', device: 'docker0' },
    ]);
  });
});
