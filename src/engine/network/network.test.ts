import { describe, expect, it } from 'vitest';
import { createContainer } from '../containers/createContainer';
import { startContainer } from '../containers/startContainer';
import { stopContainer } from '../containers/stopContainer';
import { removeContainer } from '../containers/removeContainer';
import { spec, testWorld } from '../containers/testSupport';
import { containerPorts, isPortAllocated } from '../queries/containers';


const sleeper = (name: string, over = {}) => spec('busybox', { name, cmd: ['sleep', '1000'], ...over });

describe('bridge IPAM', () => {
  it('hands out .2, .3 and reuses a freed .2; MAC from the IP in classic', () => {
    const ctx = testWorld('classic');
    const a = createContainer(ctx, 'default', sleeper('c1'));
    const b = createContainer(ctx, 'default', sleeper('c2'));
    startContainer(ctx, 'default', 'c1');
    startContainer(ctx, 'default', 'c2');
    expect([a.networks.bridge.ip, b.networks.bridge.ip]).toEqual(['172.17.0.2', '172.17.0.3']);
    expect(a.networks.bridge).toMatchObject({ gateway: '172.17.0.1', prefixLen: 16, mac: '02:42:ac:11:00:02' });
    removeContainer(ctx, 'default', 'c1', { force: true });
    const c = createContainer(ctx, 'default', sleeper('c3'));
    startContainer(ctx, 'default', 'c3');
    expect(c.networks.bridge.ip).toBe('172.17.0.2');
  });

  it('gives random locally administered MACs in current, none for host and none networks', () => {
    const ctx = testWorld('current');
    const a = createContainer(ctx, 'default', sleeper('c1'));
    const h = createContainer(ctx, 'default', sleeper('hn', { network: 'host' }));
    startContainer(ctx, 'default', 'c1');
    startContainer(ctx, 'default', 'hn');
    expect(a.networks.bridge.mac).toMatch(/^[0-9a-f][26ae](:[0-9a-f]{2}){5}$/);
    expect(a.networks.bridge.mac.startsWith('02:42:ac')).toBe(false);
    expect(h.networks.host.ip).toBe('');
    expect(h.ns.net).toBeUndefined();
  });
});

describe('published ports', () => {
  it('random host ports go 32768 then 32769', () => {
    const ctx = testWorld('classic');
    const a = createContainer(ctx, 'default', sleeper('p1', { publish: ['80'] }));
    const b = createContainer(ctx, 'default', sleeper('p2', { publish: ['80'] }));
    startContainer(ctx, 'default', 'p1');
    startContainer(ctx, 'default', 'p2');
    expect(a.ports['80/tcp']).toEqual([{ hostIp: '0.0.0.0', hostPort: '32768' }]);
    expect(b.ports['80/tcp']).toEqual([{ hostIp: '0.0.0.0', hostPort: '32769' }]);
    expect(containerPorts(a)).toEqual([{ ip: '0.0.0.0', privatePort: 80, publicPort: 32768, type: 'tcp' }]);
  });

  it('current binds IPv6 as well', () => {
    const ctx = testWorld('current');
    const a = createContainer(ctx, 'default', sleeper('p1', { publish: ['8080:80'] }));
    startContainer(ctx, 'default', 'p1');
    expect(a.ports['80/tcp']).toEqual([
      { hostIp: '0.0.0.0', hostPort: '8080' },
      { hostIp: '::', hostPort: '8080' },
    ]);
    expect(isPortAllocated(ctx.world, 'default', 8080)).toBe(true);
    stopContainer(ctx, 'default', 'p1', 0);
    expect(a.ports).toEqual({});
    expect(isPortAllocated(ctx.world, 'default', 8080)).toBe(false);
  });

  it('a taken host port leaves the container created with the era text', () => {
    for (const [profile, prefix] of [
      ['classic', ''],
      ['current', 'failed to set up container networking: '],
    ] as const) {
      const ctx = testWorld(profile);
      createContainer(ctx, 'default', sleeper('w1', { publish: ['80:80'] }));
      const b = createContainer(ctx, 'default', sleeper('w2', { publish: ['80:80'] }));
      startContainer(ctx, 'default', 'w1');
      let message = '';
      try {
        startContainer(ctx, 'default', 'w2');
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toMatch(
        new RegExp(`^${prefix}driver failed programming external connectivity on endpoint w2 \\([0-9a-f]{64}\\): Bind for 0\\.0\\.0\\.0:80 failed: port is already allocated$`),
      );
      expect(b.state.status).toBe('created');
      expect(b.networks.bridge.ip).toBe('');
      expect(b.ports).toEqual({});
    }
  });

  it('rejects bad publish specs with the era text', () => {
    const cur = testWorld('current');
    expect(() => createContainer(cur, 'default', sleeper('x1', { publish: ['80:abc'] }))).toThrow('invalid containerPort: abc');
    expect(() => createContainer(cur, 'default', sleeper('x1', { publish: ['abc:80'] }))).toThrow('invalid hostPort: abc');
    expect(() => createContainer(cur, 'default', sleeper('x1', { publish: ['80/xyz'] }))).toThrow('invalid proto: xyz');
    const old = testWorld('classic');
    expect(() => createContainer(old, 'default', sleeper('x1', { publish: ['abc:80'] }))).toThrow('Invalid hostPort: abc');
  });
});
