import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../engine/createWorld';
import type { World } from '../../../engine/world';
import { tickBy, type, type Typed } from '../../testing/shellHarness';
import { listContainerRecords } from '../../../engine/tables/containerTable';

function created(profile: 'classic' | 'current' = 'classic'): { world: World; first: Typed; rest: Typed } {
  const first = type(createWorld({ profile }), 'docker-machine create --driver virtualbox myvm1');
  const rest = tickBy(first.world, 60_000);
  return { world: rest.world, first, rest };
}

describe('docker-machine create', () => {
  it('prints the pre-create lines at once and the rest over about fifty virtual seconds', () => {
    const { first, rest } = created();
    expect(first.running).toBe(true);
    expect(first.stdout).toBe('Running pre-create checks...\n');
    expect(rest.stdout).toBe(
      [
        'Creating machine...',
        '(myvm1) Creating VirtualBox VM...',
        '(myvm1) Creating SSH key...',
        '(myvm1) Starting the VM...',
        '(myvm1) Waiting for an IP...',
        'Waiting for machine to be running, this may take a few minutes...',
        'Detecting operating system of created instance...',
        'Waiting for SSH to be available...',
        'Detecting the provisioner...',
        'Provisioning with boot2docker...',
        'Copying certs to the local machine directory...',
        'Copying certs to the remote machine...',
        'Setting Docker configuration on the remote daemon...',
        'Checking connection to Docker...',
        'Docker is up and running!',
        'To see how to connect your Docker Client to the Docker Engine running on this virtual machine, run: docker-machine env myvm1',
        '',
      ].join('\n'),
    );
    expect(rest.running).toBe(false);
    expect(rest.world.hosts.myvm1.ip).toBe('192.168.99.101');
    expect(rest.world.hosts.myvm1.daemon.running).toBe(true);
  });

  it('refuses a name that exists', () => {
    const { world } = created();
    const r = type(world, 'docker-machine create --driver virtualbox myvm1');
    expect(r.stderr).toBe('Host already exists: "myvm1"\n');
    expect(r.exitCode).toBe(1);
  });
});

describe('docker-machine ls, ip, env', () => {
  it('lists machines and marks the one DOCKER_HOST points at', () => {
    const { world } = created();
    expect(type(world, 'docker-machine ls').stdout).toBe(
      'NAME      ACTIVE   DRIVER       STATE     URL                         SWARM   DOCKER        ERRORS\n' +
        'default   -        virtualbox   Running   tcp://192.168.99.100:2376           v18.03.1-ce   \n' +
        'myvm1     -        virtualbox   Running   tcp://192.168.99.101:2376           v18.03.1-ce   \n',
    );
    const env = type(world, 'eval $(docker-machine env myvm1)');
    expect(type(env.world, 'docker-machine ls').stdout.split('\n')[2]).toBe('myvm1     *        virtualbox   Running   tcp://192.168.99.101:2376           v18.03.1-ce   ');
  });

  it('prints the IP, default machine included', () => {
    const { world } = created();
    expect(type(world, 'docker-machine ip').stdout).toBe('192.168.99.100\n');
    expect(type(world, 'docker-machine ip myvm1').stdout).toBe('192.168.99.101\n');
    const r = type(world, 'docker-machine ip nope');
    expect([r.stderr, r.exitCode]).toEqual(['Host does not exist: "nope"\n', 1]);
  });

  it('prints the env lines and the eval hint', () => {
    const { world } = created();
    expect(type(world, 'docker-machine env myvm1').stdout).toBe(
      'export DOCKER_TLS_VERIFY="1"\n' +
        'export DOCKER_HOST="tcp://192.168.99.101:2376"\n' +
        'export DOCKER_CERT_PATH="/home/docker/.docker/machine/machines/myvm1"\n' +
        'export DOCKER_MACHINE_NAME="myvm1"\n' +
        '# Run this command to configure your shell: \n' +
        '# eval $(docker-machine env myvm1)\n',
    );
  });

  it('points docker at the machine after eval', () => {
    const { world } = created();
    let r = type(world, 'eval $(docker-machine env myvm1)');
    r = type(r.world, 'docker run -d --name onvm1 busybox sleep 1000');
    expect(listContainerRecords(r.world.hosts.myvm1.daemon).map((c) => c.name)).toEqual(['onvm1']);
    expect(listContainerRecords(r.world.hosts.default.daemon)).toEqual([]);
  });
});

describe('docker-machine ssh', () => {
  it('runs a command on the machine', () => {
    const { world } = created();
    expect(type(world, 'docker-machine ssh myvm1 hostname').stdout).toBe('myvm1\n');
  });

  it('logs in with the boot2docker banner and returns on exit', () => {
    const { world } = created();
    const r = type(world, 'docker-machine ssh myvm1');
    expect(r.stdout.endsWith('Boot2Docker version 18.03.1-ce, build HEAD : cb77972 - Thu Apr 26 16:40:36 UTC 2018\nDocker version 18.03.1-ce, build 9ee9f40\n')).toBe(true);
    expect(r.prompt).toBe('docker@myvm1:~$ ');
    const h = type(r.world, 'hostname');
    expect(h.stdout).toBe('myvm1\n');
    const out = type(h.world, 'exit');
    expect(out.prompt).toBe('docker@default:~$ ');
  });
});

describe('docker-machine stop, start, rm', () => {
  it('stops and starts a machine over virtual time', () => {
    const { world } = created();
    let r = type(world, 'docker-machine stop myvm1');
    r = tickBy(r.world, 10_000);
    expect(r.world.hosts.myvm1.daemon.running).toBe(false);
    expect(type(r.world, 'docker-machine ls').stdout.split('\n')[2]).toBe('myvm1     -        virtualbox   Stopped                                       Unknown       ');
    const s = type(r.world, 'docker-machine start myvm1');
    expect(s.stdout).toBe('Starting "myvm1"...\n');
    const t = tickBy(s.world, 40_000);
    expect(t.stdout).toBe(
      '(myvm1) Check network to re-create if needed...\n(myvm1) Waiting for an IP...\nMachine "myvm1" was started.\nWaiting for SSH to be available...\nDetecting the provisioner...\n' +
        'Started machines may have new IP addresses. You may need to re-run the `docker-machine env` command.\n',
    );
    expect(t.world.hosts.myvm1.daemon.running).toBe(true);
  });

  it('asks before removing and reads the answer', () => {
    const { world } = created();
    const q = type(world, 'docker-machine rm myvm1');
    expect(q.stdout).toBe('About to remove myvm1\nWARNING: This action will delete both local reference and remote instance.\n');
    expect(q.prompt).toBe('Are you sure? (y/n): ');
    const a = type(q.world, 'y');
    expect(a.stdout).toBe('Successfully removed myvm1\n');
    expect(a.world.hosts.myvm1).toBeUndefined();
    expect(a.prompt).toBe('docker@default:~$ ');
  });

  it('removes without asking with -y', () => {
    const { world } = created();
    const r = type(world, 'docker-machine rm -y myvm1');
    expect(r.stdout).toBe('About to remove myvm1\nWARNING: This action will delete both local reference and remote instance.\nSuccessfully removed myvm1\n');
  });
});
