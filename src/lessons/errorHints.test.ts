import { describe, expect, it } from 'vitest';
import { createWorld, type ProfileName } from '../engine';
import { findErrorHint } from './errorHints';
import { runLines } from './runLines';

// Each case: lines typed into a fresh world; the last one fails with the error named.
const CASES: [string, string[]][] = [
  ['name-in-use', ['docker run -d --name web busybox sleep 100', 'docker run -d --name web busybox sleep 100']],
  ['port-allocated', ['docker run -d -p 80:80 nginx', 'docker run -d -p 80:80 nginx']],
  ['rm-running', ['docker run -d --name web busybox sleep 100', 'docker rm web']],
  ['no-such-container', ['docker exec nope ls']],
  ['no-such-image', ['docker run nosuchimagexyz']],
  ['invalid-reference', ['docker run Busybox']],
  ['network-not-found', ['docker run -d --name web busybox sleep 100', 'docker network connect nope web']],
  ['not-running', ['docker create --name web busybox sleep 100', 'docker exec web ls']],
  ['command-not-found', ['dokcer ps']],
];

describe('findErrorHint over real daemon output', () => {
  for (const profile of ['current', 'classic'] as ProfileName[]) {
    for (const [id, lines] of CASES) {
      it(`${profile}: ${id}`, () => {
        const { stderr } = runLines(createWorld({ profile }), 't1', lines);
        expect(stderr).not.toBe('');
        expect(findErrorHint(stderr)?.id).toBe(id);
      });
    }
  }

  it('messages the engine does not produce yet, in both eras\' wording', () => {
    expect(findErrorHint('Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.\n')?.id).toBe('not-swarm-manager');
    expect(findErrorHint('Error response from daemon: invalid CIDR address: 300.1.1.0/24\n')?.id).toBe('invalid-address');
    expect(findErrorHint('Error response from daemon: Invalid address 10.0.0.9: It does not belong to any of this network\'s subnets\n')?.id).toBe('invalid-address');
    expect(findErrorHint('Error: No such container: web\n')?.id).toBe('no-such-container');
  });

  it('no hint for success or unknown errors', () => {
    expect(findErrorHint('')).toBeNull();
    expect(findErrorHint('something else went wrong\n')).toBeNull();
  });
});
