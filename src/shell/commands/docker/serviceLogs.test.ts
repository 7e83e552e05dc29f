// `docker service logs`: every task's container output with the `name.slot.id@node    | ` prefix,
// --no-task-ids, and the CLI's error for a name that is neither a service nor a task.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../headless/simulate';
import type { ProfileName } from '../../../engine/world';

const screen = (profile: ProfileName, lines: string[]) => simulate(lines, { profile }).screen;

describe('service logs', () => {
  it("prefixes each line with its task and node (current)", () => {
    const input = [
      "docker swarm init > /dev/null",
      "docker service create -d --replicas 2 --name pinger busybox sh -c 'echo hello from $(hostname); sleep 1000'",
      "sleep 6",
      "docker service logs pinger",
      "docker service logs --no-task-ids pinger",
      "docker service logs nope",
    ];
    expect(screen('current', input)).toBe(
      [
        "docker@default:~$ docker swarm init > /dev/null",
        "docker@default:~$ docker service create -d --replicas 2 --name pinger busybox sh -c 'echo hello from $(hostname); sleep 1000'",
        "o5nr94t1q6txf462skfh0fyk0",
        "docker@default:~$ sleep 6",
        "docker@default:~$ docker service logs pinger",
        "pinger.1.2z28ipvoktyn@default    | hello from 31ef23a26656",
        "pinger.2.qnm2op5pxwbc@default    | hello from 8d679a5d51ff",
        "docker@default:~$ docker service logs --no-task-ids pinger",
        "pinger.1@default    | hello from 31ef23a26656",
        "pinger.2@default    | hello from 8d679a5d51ff",
        "docker@default:~$ docker service logs nope",
        "no such task or service: nope",
        "docker@default:~$ ",
      ].join('\n'),
    );
  });
  it("prefixes each line with its task and node (classic)", () => {
    const input = [
      "docker swarm init > /dev/null",
      "docker service create -d --replicas 2 --name pinger busybox sh -c 'echo hello from $(hostname); sleep 1000'",
      "sleep 6",
      "docker service logs pinger",
      "docker service logs --no-task-ids pinger",
      "docker service logs nope",
    ];
    expect(screen('classic', input)).toBe(
      [
        "docker@default:~$ docker swarm init > /dev/null",
        "Error response from daemon: could not choose an IP address to advertise since this system has multiple addresses on different interfaces (10.0.2.15 on eth0 and 192.168.99.100 on eth1) - specify one with --advertise-addr",
        "docker@default:~$ docker service create -d --replicas 2 --name pinger busybox sh -c 'echo hello from $(hostname); sleep 1000'",
        "Error response from daemon: This node is not a swarm manager. Use \"docker swarm init\" or \"docker swarm join\" to connect this node to swarm and try again.",
        "docker@default:~$ sleep 6",
        "docker@default:~$ docker service logs pinger",
        "Error response from daemon: This node is not a swarm manager. Use \"docker swarm init\" or \"docker swarm join\" to connect this node to swarm and try again.",
        "docker@default:~$ docker service logs --no-task-ids pinger",
        "Error response from daemon: This node is not a swarm manager. Use \"docker swarm init\" or \"docker swarm join\" to connect this node to swarm and try again.",
        "docker@default:~$ docker service logs nope",
        "Error response from daemon: This node is not a swarm manager. Use \"docker swarm init\" or \"docker swarm join\" to connect this node to swarm and try again.",
        "docker@default:~$ ",
      ].join('\n'),
    );
  });
});
