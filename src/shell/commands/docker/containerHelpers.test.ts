import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../engine/createWorld';
import { getProfile } from '../../../engine/profile';
import { fakeContainer } from '../../../engine/programs/fakeProgramApi';
import type { Container } from '../../../engine/world';
import { normalizeSignal } from './kill';
import { formatLogEntries } from './logsFormat';
import { naturalLess } from './port';
import { matchesPsFilters, parsePsFilters } from './psFilter';

function container(over: Partial<Container> & { labels?: Record<string, string>; status?: Container['state']['status']; exitCode?: number }): Container {
  const c = fakeContainer({ id: over.id ?? 'abc123def456' + '0'.repeat(52), name: over.name ?? 'web', imageRef: 'busybox', imageId: 'img1', path: 'sh' });
  c.config = { ...c.config, hostname: 'abc123def456', cmd: ['sh'], labels: over.labels ?? {} };
  c.state = { ...c.state, status: over.status ?? 'running', pid: 0, exitCode: over.exitCode ?? 0, startedAt: 1 };
  return c;
}

describe('ps filters', () => {
  const world = createWorld();
  world.hosts.default.daemon.images.img1 = { parent: '' } as never;
  world.hosts.default.daemon.tags['busybox:latest'] = 'img1';
  const c = container({ name: 'web_1', labels: { tier: 'front' }, status: 'exited', exitCode: 3 });

  it('match by id prefix, name substring, status, exit code, label and ancestor', () => {
    const f = parsePsFilters(['id=abc1', 'name=eb_', 'status=exited', 'exited=3', 'label=tier=front', 'ancestor=busybox'], getProfile(world));
    expect(matchesPsFilters(world, 'default', c, f)).toBe(true);
    expect(matchesPsFilters(world, 'default', c, parsePsFilters(['label=tier=back'], getProfile(world)))).toBe(false);
    expect(matchesPsFilters(world, 'default', c, parsePsFilters(['status=running', 'status=exited'], getProfile(world)))).toBe(true);
  });

  it('reject unknown keys and statuses with each era text', () => {
    expect(() => parsePsFilters(['colour=red'], getProfile({ profile: 'current' }))).toThrow("invalid filter 'colour'");
    expect(() => parsePsFilters(['colour=red'], getProfile({ profile: 'classic' }))).toThrow("Invalid filter 'colour'");
    expect(() => parsePsFilters(['status=sleepy'], getProfile({ profile: 'current' }))).toThrow("invalid filter 'status=sleepy'");
    expect(() => parsePsFilters(['status=sleepy'], getProfile({ profile: 'classic' }))).toThrow('Unrecognised filter value for status: sleepy');
  });
});

describe('small CLI helpers', () => {
  it('normalizeSignal accepts names with or without SIG and numbers', () => {
    expect(['KILL', 'sigkill', '9', 'SIGKILL'].map(normalizeSignal)).toEqual(['SIGKILL', 'SIGKILL', 'SIGKILL', 'SIGKILL']);
    expect(normalizeSignal('term')).toBe('SIGTERM');
    expect(normalizeSignal('2')).toBe('SIGINT');
  });

  it('naturalLess orders port lines as docker port prints them', () => {
    const lines = ['443/tcp -> 0.0.0.0:32769', '80/tcp -> [::]:32768', '80/tcp -> 0.0.0.0:32768'];
    expect([...lines].sort(naturalLess)).toEqual(['80/tcp -> 0.0.0.0:32768', '80/tcp -> [::]:32768', '443/tcp -> 0.0.0.0:32769']);
  });

  it('logs -t prefixes fixed nine-digit RFC3339 timestamps; stderr stays stderr without a tty', () => {
    const chunks: string[] = [];
    const w = { out: (t: string) => chunks.push(`out:${t}`), err: (t: string) => chunks.push(`err:${t}`) };
    const t = Date.UTC(2018, 4, 20, 10, 0, 0);
    formatLogEntries(w, [
      { t, stream: 'stdout', text: 'hello' },
      { t, stream: 'stderr', text: 'oops' },
    ], { timestamps: true, tty: false });
    formatLogEntries(w, [{ t, stream: 'stderr', text: 'tty' }], { timestamps: false, tty: true });
    expect(chunks).toEqual(['out:2018-05-20T10:00:00.000000000Z hello\n', 'err:2018-05-20T10:00:00.000000000Z oops\n', 'out:tty\n']);
  });
});
