import { describe, it, expect } from 'vitest';
import { createWorld } from '../../../engine/createWorld';
import { interrupt } from '../../index';
import { type } from '../../testing/shellHarness';

const CLASSIC_ALL =
  'WARNING! This will remove:\n' +
  '        - all stopped containers\n' +
  '        - all networks not used by at least one container\n' +
  '        - all images without at least one container associated to them\n' +
  '        - all build cache\n';

describe('prune confirmations wait for the student at the terminal', () => {
  it('system prune -a (18.03): the question is the prompt; y prunes, the shell sees the exit', () => {
    let r = type(createWorld({ profile: 'classic' }), 'docker run hello-world >/dev/null');
    r = type(r.world, 'docker system prune -a');
    expect(r.stdout).toBe(CLASSIC_ALL);
    expect(r.prompt).toBe('Are you sure you want to continue? [y/N] ');
    r = type(r.world, 'y');
    expect(r.all).toBe(
      'Deleted Containers:\na34f49e23d0fc98f990f5499bfd0e25d226a37071ac6749041c526aa3d47b715\n\n' +
        'Deleted Images:\nuntagged: hello-world:latest\n' +
        'untagged: hello-world@sha256:f5233545e43561214ca4891fd1157e1c3c563316ed8e237750d59bde73361e77\n' +
        'deleted: sha256:e38bc07ac18ee64e6d59cf2eafcdddf9cec2364dfe129fe0af75f1b0194e0c96\n' +
        'deleted: sha256:f57f5f58f51a61cde39eb792625621c7c271b05147aa514326ac4e493bcd4706\n\n' +
        'Total reclaimed space: 1.85kB\n',
    );
    expect(r.prompt).toBe('docker@default:~$ ');
    expect(type(r.world, 'docker images').stdout).toBe('REPOSITORY          TAG                 IMAGE ID            CREATED             SIZE\n');
  });

  it('anything but y declines: 18.03 image prune reports 0B, today exits 0 in silence', () => {
    let r = type(createWorld({ profile: 'classic' }), 'docker image prune');
    expect(r.stdout).toBe('WARNING! This will remove all dangling images.\n');
    expect(r.prompt).toBe('Are you sure you want to continue? [y/N] ');
    r = type(r.world, 'yes');
    expect(r.all).toBe('Total reclaimed space: 0B\n');
    let c = type(createWorld({ profile: 'current' }), 'docker volume prune');
    c = type(c.world, '');
    expect({ all: c.all, code: c.exitCode, prompt: c.prompt }).toEqual({ all: '', code: 0, prompt: 'docker@default:~$ ' });
  });

  it('container prune answers Y too, and Ctrl-C at the question ends the command', () => {
    let r = type(createWorld({ profile: 'current' }), 'docker container prune');
    r = type(r.world, 'Y');
    expect(r.all).toBe('Total reclaimed space: 0B\n');
    r = type(r.world, 'docker network prune');
    expect(r.stdout).toBe('WARNING! This will remove all custom networks not used by at least one container.\n');
    const i = interrupt(r.world, 't1');
    expect(i.output.map((c) => c.text).join('')).toBe('^C\n');
    expect(i.prompt).toBe('docker@default:~$ ');
    expect(type(i.world, 'echo $?').stdout).toBe('130\n');
  });

  it('piped answers still answer at once', () => {
    const r = type(createWorld({ profile: 'classic' }), 'echo y | docker image prune');
    expect(r.stdout).toBe('WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] Total reclaimed space: 0B\n');
  });
});
