import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { createWorld } from '../../../engine/createWorld';
import type { ProfileName } from '../../../engine/world';
import { dockerCommand } from './index';
import { REGISTRY } from './registry';
import type { DockerSubcommand } from './subcommand';
import { makeTestContext } from './testHelpers';

const stopStub: DockerSubcommand = {
  spec: {
    path: 'docker container stopstub',
    usage: '[OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Stop one or more running containers',
    aliases: ['docker stopstub'],
    args: { min: 1 },
    flags: [
      { long: 'signal', short: 's', kind: 'string', description: 'Signal to send to the container' },
      { long: 'timeout', short: 't', kind: 'int', description: 'Seconds to wait before killing the container' },
    ],
  },
  run(cx, args) {
    cx.out(`${args.positionals.join(',')} t=${String(args.flags.timeout)}\n`);
    return 0;
  },
};

beforeAll(() => {
  REGISTRY.push({ names: ['stopstub'], sub: stopStub }, { names: ['container stopstub'], sub: stopStub });
});
afterAll(() => {
  REGISTRY.splice(REGISTRY.length - 2, 2);
});

function docker(profile: ProfileName, args: string[], running = true) {
  const world = createWorld({ profile });
  world.hosts.default.daemon.running = running;
  const t = makeTestContext(world);
  const code = dockerCommand.run(t.cx, args);
  return { code, out: t.stdout(), err: t.stderr() };
}

describe('docker dispatcher', () => {
  it('runs a subcommand with its parsed flags', () => {
    expect(docker('current', ['stopstub', '-t', '3', 'a', 'b'])).toEqual({ code: 0, out: 'a,b t=3\n', err: '' });
    expect(docker('current', ['container', 'stopstub', 'a']).out).toBe('a t=undefined\n');
  });

  it('prints the version line', () => {
    expect(docker('classic', ['--version']).out).toBe('Docker version 18.03.1-ce, build 9ee9f40\n');
    expect(docker('current', ['-v']).out).toBe('Docker version 29.0.1, build eedd969\n');
  });

  it('unknown commands, per era', () => {
    expect(docker('classic', ['foo'])).toEqual({ code: 1, out: '', err: "docker: 'foo' is not a docker command.\nSee 'docker --help'\n" });
    expect(docker('current', ['foo'])).toEqual({
      code: 1,
      out: '',
      err: "docker: unknown command: docker foo\n\nRun 'docker --help' for more information\n",
    });
  });

  it('unknown subcommands, per era', () => {
    expect(docker('current', ['volume', 'foo']).err).toBe(
      "docker: unknown command: docker volume foo\n\nUsage:  docker volume COMMAND\n\nRun 'docker volume --help' for more information\n",
    );
    expect(docker('classic', ['volume', 'foo']).err).toBe(
      '\nUsage:\tdocker volume COMMAND\n\nManage volumes\n\nCommands:\n' +
        '  create      Create a volume\n' +
        '  inspect     Display detailed information on one or more volumes\n' +
        '  ls          List volumes\n' +
        '  prune       Remove unused local volumes\n' +
        '  rm          Remove one or more volumes\n\n' +
        "Run 'docker volume COMMAND --help' for more information on a command.\n",
    );
  });

  it('a bare group prints its usage on stderr, --help on stdout', () => {
    const bare = docker('current', ['network']);
    expect(bare.code).toBe(0);
    expect(bare.out).toBe('');
    expect(bare.err.startsWith('\nUsage:  docker network COMMAND\n\nManage networks\n\nCommands:\n  connect     Connect a container to a network\n')).toBe(true);
    expect(docker('current', ['network', '--help']).out).toBe(bare.err);
  });

  it('flag errors exit 125, per era', () => {
    expect(docker('classic', ['stopstub', '--x', 'a'])).toEqual({ code: 125, out: '', err: "unknown flag: --x\nSee 'docker stopstub --help'.\n" });
    expect(docker('current', ['stopstub', '-x', 'a'])).toEqual({
      code: 125,
      out: '',
      err: "unknown shorthand flag: 'x' in -x\n\nUsage:  docker stopstub [OPTIONS] CONTAINER [CONTAINER...]\n\nRun 'docker stopstub --help' for more information\n",
    });
    expect(docker('current', ['container', 'stopstub', '-t', 'abc', 'a']).err).toBe(
      'invalid argument "abc" for "-t, --timeout" flag: strconv.ParseInt: parsing "abc": invalid syntax\n\n' +
        "Usage:  docker container stopstub [OPTIONS] CONTAINER [CONTAINER...]\n\nRun 'docker container stopstub --help' for more information\n",
    );
  });

  it('arity errors exit 1, per era', () => {
    expect(docker('classic', ['stopstub'])).toEqual({
      code: 1,
      out: '',
      err:
        '"docker stopstub" requires at least 1 argument.\nSee \'docker stopstub --help\'.\n\n' +
        'Usage:  docker stopstub [OPTIONS] CONTAINER [CONTAINER...]\n\nStop one or more running containers\n',
    });
    expect(docker('current', ['stopstub']).err).toBe(
      "docker: 'docker stopstub' requires at least 1 argument\n\nUsage:  docker stopstub [OPTIONS] CONTAINER [CONTAINER...]\n\n" +
        "See 'docker stopstub --help' for more information\n",
    );
  });

  it('renders per-command help from the spec', () => {
    expect(docker('current', ['container', 'stopstub', '--help']).out).toBe(
      '\nUsage:  docker container stopstub [OPTIONS] CONTAINER [CONTAINER...]\n\nStop one or more running containers\n\n' +
        'Aliases:\n  docker container stopstub, docker stopstub\n\n' +
        'Options:\n' +
        '  -s, --signal string   Signal to send to the container\n' +
        '  -t, --timeout int     Seconds to wait before killing the container\n',
    );
    expect(docker('classic', ['stopstub', '-h']).out).toBe(
      '\nUsage:\tdocker stopstub [OPTIONS] CONTAINER [CONTAINER...]\n\nStop one or more running containers\n\n' +
        'Options:\n' +
        '  -s, --signal string   Signal to send to the container\n' +
        '  -t, --timeout int     Seconds to wait before killing the container\n',
    );
  });

  it('top-level help: --help on stdout, bare docker on stderr', () => {
    const help = docker('current', ['--help']);
    expect(help.out.startsWith('\nUsage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n\nCommon Commands:\n  run ')).toBe(true);
    expect(docker('current', []).err).toBe(help.out);
    expect(docker('classic', ['help']).out.startsWith('\nUsage:\tdocker COMMAND\n\nA self-sufficient runtime for containers\n\nOptions:\n')).toBe(true);
  });

  it('reports a stopped daemon', () => {
    expect(docker('current', ['stopstub', 'a'], false)).toEqual({
      code: 1,
      out: '',
      err: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n',
    });
  });
});
