import { describe, expect, it } from 'vitest';
import { createWorld } from '../../engine/createWorld';
import { typeAll } from '../testing/shellHarness';
import { complete } from './complete';

const candidates = (world: ReturnType<typeof createWorld>, line: string) => complete(world, 't1', line, line.length).candidates;

describe('complete: swarm', () => {
  it('offers the swarm, node and service groups and their subcommands', () => {
    const w = createWorld({ profile: 'current' });
    expect(candidates(w, 'docker s')).toEqual(['save', 'service', 'start', 'stats', 'stop', 'swarm', 'system']);
    expect(candidates(w, 'docker sw')).toEqual(['swarm']);
    expect(candidates(w, 'docker swarm ')).toEqual(['init', 'join', 'join-token', 'leave']);
    expect(candidates(w, 'docker service s')).toEqual(['scale']);
    expect(candidates(w, 'docker service update --rep')).toEqual(['--replicas']);
  });

  it('offers service names and node hostnames on a manager, nothing outside a swarm', () => {
    const outside = createWorld({ profile: 'current' });
    expect(candidates(outside, 'docker service ps ')).toEqual([]);
    const { world } = typeAll(createWorld({ profile: 'current' }), [
      'docker swarm init',
      'docker service create -d --name web nginx',
      'docker service create -d --name worker busybox sleep 1000',
    ]);
    expect(candidates(world, 'docker service ps ')).toEqual(['web', 'worker']);
    expect(candidates(world, 'docker service rm w')).toEqual(['web', 'worker']);
    expect(candidates(world, 'docker service update --replicas 3 we')).toEqual(['web']);
    expect(candidates(world, 'docker node inspect ')).toEqual(['default']);
    expect(candidates(world, 'docker node update --availability drain d')).toEqual(['default']);
  });
});
