import { describe, expect, it } from 'vitest';
import { parseFlags } from '../../cli/flags';
import type { CommandSpec } from '../../cli/flagTypes';
import { containerFlags, nameFlag } from './containerFlags';
import { toContainerSpec } from './runOptions';

// The run flags without run.ts's engine imports.
const runSpec: CommandSpec = {
  path: 'docker container run',
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  description: '',
  stopAtFirstPositional: true,
  flags: [...containerFlags, nameFlag, { long: 'detach', short: 'd', kind: 'bool', description: '' }],
};

describe('toContainerSpec', () => {
  it('maps run flags onto the daemon spec, keeping values as typed', () => {
    const parsed = parseFlags(runSpec, [
      '-dit',
      '--name',
      'web',
      '-p',
      '8080:80',
      '-p80:80',
      '-e',
      'A=1',
      '--env=B',
      '-v',
      'data:/data',
      '--restart',
      'on-failure:3',
      '--net',
      'mynet',
      '-h',
      'box',
      '-w',
      '/app',
      '-u',
      '1000',
      '-l',
      'tier=front',
      '-l',
      'solo',
      '--link',
      'db:database',
      '--expose',
      '9000',
      '--network-alias',
      'api',
      '-m',
      '512m',
      '--cpus',
      '1.5',
      '--rm',
      'nginx',
      'nginx',
      '-g',
      'daemon off;',
    ]);
    expect(toContainerSpec(parsed)).toEqual({
      image: 'nginx',
      cmd: ['nginx', '-g', 'daemon off;'],
      name: 'web',
      env: ['A=1', 'B'],
      tty: true,
      openStdin: true,
      publish: ['8080:80', '80:80'],
      publishAll: false,
      volumes: ['data:/data'],
      autoRemove: true,
      labels: { tier: 'front', solo: '' },
      links: ['db:database'],
      expose: ['9000'],
      networkAliases: ['api'],
      hostname: 'box',
      workingDir: '/app',
      user: '1000',
      network: 'mynet',
      restart: 'on-failure:3',
      memory: 512 * 1024 * 1024,
      nanoCpus: 1_500_000_000,
    });
  });

  it('keeps an empty --entrypoint (it clears the image entrypoint) and leaves unset options out', () => {
    expect(toContainerSpec(parseFlags(runSpec, ['--entrypoint', '', 'busybox']))).toEqual({
      image: 'busybox',
      cmd: [],
      entrypoint: '',
      env: [],
      tty: false,
      openStdin: false,
      publish: [],
      publishAll: false,
      volumes: [],
      autoRemove: false,
      labels: {},
      links: [],
      expose: [],
      networkAliases: [],
    });
  });
});
