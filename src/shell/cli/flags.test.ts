import { describe, it, expect } from 'vitest';
import { FlagError, parseFlags } from './flags';
import type { CommandSpec } from './flagTypes';

const run: CommandSpec = {
  path: 'docker run',
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  description: 'Create and run a new container from an image',
  stopAtFirstPositional: true,
  flags: [
    { long: 'detach', short: 'd', kind: 'bool', description: 'Run container in background and print container ID' },
    { long: 'interactive', short: 'i', kind: 'bool', description: 'Keep STDIN open even if not attached' },
    { long: 'tty', short: 't', kind: 'bool', description: 'Allocate a pseudo-TTY' },
    { long: 'name', kind: 'string', description: 'Assign a name to the container' },
    { long: 'publish', short: 'p', kind: 'stringArray', valueName: 'list', description: 'Publish' },
    { long: 'env', short: 'e', kind: 'stringArray', valueName: 'list', description: 'Env' },
    { long: 'rm', kind: 'bool', description: 'Remove' },
    { long: 'memory', short: 'm', kind: 'bytes', description: 'Memory limit' },
    { long: 'cpus', kind: 'decimal', description: 'Number of CPUs' },
    { long: 'network', kind: 'string', description: 'Network', aliases: ['net'] },
    { long: 'hostname', short: 'h', kind: 'string', description: 'Container host name' },
  ],
};

const stop: CommandSpec = {
  path: 'docker stop',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  description: 'Stop one or more running containers',
  flags: [{ long: 'time', short: 't', kind: 'int', description: 'Seconds to wait' }],
};

function error(spec: CommandSpec, argv: string[]): string {
  try {
    parseFlags(spec, argv);
  } catch (e) {
    expect(e).toBeInstanceOf(FlagError);
    return (e as Error).message;
  }
  throw new Error('expected a FlagError');
}

describe('parseFlags', () => {
  it('reads long flags with = or a separate value, and aliases', () => {
    expect(parseFlags(run, ['--name=web', '--net', 'mynet', 'nginx'])).toEqual({
      flags: { name: 'web', network: 'mynet' },
      positionals: ['nginx'],
      help: false,
    });
  });

  it('combines shorthands; the last one takes the value', () => {
    expect(parseFlags(run, ['-dit', 'ubuntu']).flags).toEqual({ detach: true, interactive: true, tty: true });
    expect(parseFlags(run, ['-dp', '80:80', 'nginx']).flags).toEqual({ detach: true, publish: ['80:80'] });
    expect(parseFlags(run, ['-dp80:80', '-p=81:81', '-p', '82:82', 'nginx']).flags).toEqual({
      detach: true,
      publish: ['80:80', '81:81', '82:82'],
    });
  });

  it('bool flags take only =value; a separate word is positional', () => {
    expect(parseFlags(run, ['--rm=false', 'alpine']).flags).toEqual({ rm: false });
    expect(parseFlags(run, ['--rm', 'false']).positionals).toEqual(['false']);
    expect(parseFlags(run, ['-d=false', 'x']).flags).toEqual({ detach: false });
  });

  it('stops at the first positional when the command says so', () => {
    expect(parseFlags(run, ['-it', 'ubuntu', 'ls', '-la', '--name', 'x'])).toEqual({
      flags: { interactive: true, tty: true },
      positionals: ['ubuntu', 'ls', '-la', '--name', 'x'],
      help: false,
    });
  });

  it('intersperses positionals otherwise; -- ends flags; - alone is positional', () => {
    expect(parseFlags(stop, ['a', '-t', '5', 'b'])).toEqual({ flags: { time: 5 }, positionals: ['a', 'b'], help: false });
    expect(parseFlags(stop, ['--', '-t', '5']).positionals).toEqual(['-t', '5']);
    expect(parseFlags(stop, ['-']).positionals).toEqual(['-']);
  });

  it('converts values', () => {
    expect(parseFlags(run, ['-m', '512m', '--cpus', '1.5', 'x']).flags).toEqual({ memory: 536870912, cpus: 1.5 });
    expect(parseFlags(stop, ['-t0x10']).flags).toEqual({ time: 16 });
  });

  it('help: --help anywhere, -h unless the command owns -h', () => {
    expect(parseFlags(stop, ['-h']).help).toBe(true);
    expect(parseFlags(stop, ['--help']).help).toBe(true);
    expect(parseFlags(run, ['-h', 'box', 'x'])).toEqual({ flags: { hostname: 'box' }, positionals: ['x'], help: false });
  });

  it('reports pflag errors', () => {
    expect(error(run, ['--x'])).toBe('unknown flag: --x');
    expect(error(run, ['--x=1'])).toBe('unknown flag: --x');
    expect(error(run, ['-x'])).toBe("unknown shorthand flag: 'x' in -x");
    expect(error(run, ['-dz'])).toBe("unknown shorthand flag: 'z' in -z");
    expect(error(run, ['--name'])).toBe('flag needs an argument: --name');
    expect(error(run, ['-p'])).toBe("flag needs an argument: 'p' in -p");
    expect(error(run, ['-dp'])).toBe("flag needs an argument: 'p' in -p");
    expect(error(stop, ['-t', 'abc'])).toBe('invalid argument "abc" for "-t, --time" flag: strconv.ParseInt: parsing "abc": invalid syntax');
    expect(error(run, ['-m', 'x'])).toBe(`invalid argument "x" for "-m, --memory" flag: invalid size: 'x'`);
    expect(error(run, ['--cpus', 'x'])).toBe('invalid argument "x" for "--cpus" flag: failed to parse x as a rational number');
    expect(error(run, ['--rm=maybe'])).toBe('invalid argument "maybe" for "--rm" flag: strconv.ParseBool: parsing "maybe": invalid syntax');
    expect(error(run, ['---x'])).toBe('bad flag syntax: ---x');
  });
});
