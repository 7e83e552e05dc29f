import { describe, expect, it, vi } from 'vitest';
import { tick } from '../tick';
import { createContainer } from './createContainer';
import { findContainer } from './findContainer';
import { killContainer, stopContainer } from './stopContainer';
import { removeContainer } from './removeContainer';
import { startContainer } from './startContainer';
import { execInContainer } from './execInContainer';
import { spec, testWorld } from './testSupport';
import { countContainers, getContainerById } from '../tables/containerTable';
import { listProcesses } from '../tables/processTable';
import { getProcess } from '../tables/processTable';

vi.mock('../programs/registry', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../programs/registry')>();
  const { graceful } = await import('./testPrograms');
  return { ...orig, getProgram: (n: string) => (n.endsWith('graceful') ? graceful : orig.getProgram(n)) };
});

describe('container lifecycle', () => {
  it('stop of a sleep container waits the full 10 s and ends with 137', () => {
    const ctx = testWorld();
    const c = createContainer(ctx, 'default', spec('busybox', { name: 'sl', cmd: ['sleep', '1000'] }));
    startContainer(ctx, 'default', 'sl');
    expect(c.state.status).toBe('running');
    expect(getProcess(ctx.world.hosts.default.kernel, c.state.pid)!.nsPid).toBe(1);
    const t0 = ctx.world.now;
    stopContainer(ctx, 'default', 'sl');
    expect(ctx.world.now - t0).toBe(10_000);
    expect(c.state).toMatchObject({ status: 'exited', exitCode: 137, pid: 0, finishedAt: t0 + 10_000 });
  });

  it('a program that handles SIGTERM exits 0 before the timeout', () => {
    const ctx = testWorld();
    const c = createContainer(ctx, 'default', spec('nginx', { name: 'web' }));
    startContainer(ctx, 'default', 'web');
    const t0 = ctx.world.now;
    stopContainer(ctx, 'default', 'web');
    expect(c.state.exitCode).toBe(0);
    expect(ctx.world.now - t0).toBe(1000);
    expect(c.logs.map((l) => l.text)).toEqual(['ready', 'bye']);
  });

  it('rm of a running container fails with each era text', () => {
    for (const [profile, text] of [
      ['current', 'cannot remove container "sl": container is running: stop the container before removing or force remove'],
      ['classic', 'You cannot remove a running container ID. Stop the container before attempting removal or force remove'],
    ] as const) {
      const ctx = testWorld(profile);
      const c = createContainer(ctx, 'default', spec('busybox', { name: 'sl', cmd: ['sleep', '1000'] }));
      startContainer(ctx, 'default', 'sl');
      expect(() => removeContainer(ctx, 'default', 'sl')).toThrow(text.replace('ID', c.id));
      removeContainer(ctx, 'default', 'sl', { force: true });
      expect(countContainers(ctx.world.hosts.default.daemon)).toBe(0);
      expect(listProcesses(ctx.world.hosts.default.kernel).map((p) => p.pid)).toEqual([1]);
    }
  });

  it('--rm removes the container when its process exits', () => {
    const ctx = testWorld();
    const c = createContainer(ctx, 'default', spec('busybox', { name: 'rm', cmd: ['sleep', '2'], autoRemove: true }));
    startContainer(ctx, 'default', 'rm');
    tick(ctx, 3000);
    expect(getContainerById(ctx.world.hosts.default.daemon, c.id)).toBeUndefined();
  });

  it('restart policy always restarts with back-off and counts restarts', () => {
    const ctx = testWorld();
    const c = createContainer(ctx, 'default', spec('busybox', { name: 'al', cmd: ['sleep', '1'], restart: 'always' }));
    startContainer(ctx, 'default', 'al');
    tick(ctx, 1000);
    expect(c.state.status).toBe('restarting');
    expect(c.state.pending).toEqual({ kind: 'restart', at: ctx.world.now + 100 });
    tick(ctx, 1000);
    expect(c.state.status).toBe('running');
    expect(c.restartCount).toBe(1);
    stopContainer(ctx, 'default', 'al');
    tick(ctx, 5000);
    expect(c.state.status).toBe('exited');
  });

  it('kill of a stopped container and exec errors per era', () => {
    const ctx = testWorld('classic');
    const c = createContainer(ctx, 'default', spec('busybox', { name: 'kk', cmd: ['sleep', '1000'] }));
    expect(() => killContainer(ctx, 'default', 'kk')).toThrow(`Cannot kill container: kk: Container ${c.id} is not running`);
    expect(() => execInContainer(ctx, 'default', 'kk', ['sh'])).toThrow(`Container ${c.id} is not running`);
    startContainer(ctx, 'default', 'kk');
    expect(() => execInContainer(ctx, 'default', 'kk', ['bash'])).toThrow(
      'OCI runtime exec failed: exec failed: container_linux.go:348: starting container process caused "exec: \\"bash\\": executable file not found in $PATH": unknown',
    );
    killContainer(ctx, 'default', 'kk');
    expect(c.state).toMatchObject({ status: 'exited', exitCode: 137 });
  });

  it('a missing executable leaves the container created with exit code 127', () => {
    const ctx = testWorld();
    const c = createContainer(ctx, 'default', spec('busybox', { name: 'mm', cmd: ['foo'] }));
    let err: unknown;
    try {
      startContainer(ctx, 'default', 'mm');
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({
      message:
        'failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "foo": executable file not found in $PATH: unknown',
      exitStatus: 127,
    });
    expect(c.state).toMatchObject({ status: 'created', exitCode: 127 });
    expect(c.networks.bridge.ip).toBe('');
  });

  it('name conflicts and bad names are refused', () => {
    const ctx = testWorld();
    const c = createContainer(ctx, 'default', spec('busybox', { name: 'web' }));
    expect(() => createContainer(ctx, 'default', spec('busybox', { name: 'web' }))).toThrow(
      `Conflict. The container name "/web" is already in use by container "${c.id}". You have to remove (or rename) that container to be able to reuse that name.`,
    );
    expect(() => createContainer(ctx, 'default', spec('busybox', { name: 'my name' }))).toThrow(
      'Invalid container name (my name), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed',
    );
    expect(findContainer(ctx.world, 'default', c.id.slice(0, 4)).name).toBe('web');
    expect(() => findContainer(ctx.world, 'default', 'nope')).toThrow('No such container: nope');
  });

  it('exec output stays on the process with its exit code', () => {
    const ctx = testWorld();
    createContainer(ctx, 'default', spec('busybox', { name: 'ex', cmd: ['sleep', '1000'] }));
    startContainer(ctx, 'default', 'ex');
    const p = execInContainer(ctx, 'default', 'ex', ['sh', '-c', 'echo hi; exit 3']);
    expect(p.output).toEqual([{ t: ctx.world.now, stream: 'stdout', text: 'hi' }]);
    expect(p.exitCode).toBe(3);
    expect(p.nsPid).toBe(2);
  });
});
