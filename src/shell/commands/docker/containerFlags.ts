// The container options `docker run` and `docker create` share (docker/cli
// cli/command/container/opts.go), as data for the shared flag parser and help renderer.
// Only the options the simulator acts on are listed; the texts are docker/cli's own.
import type { FlagSpec } from '../../cli/flagTypes';

export const containerFlags: FlagSpec[] = [
  { long: 'cpus', kind: 'decimal', valueName: 'decimal', description: 'Number of CPUs' },
  { long: 'entrypoint', kind: 'string', valueName: 'string', description: 'Overwrite the default ENTRYPOINT of the image' },
  { long: 'env', short: 'e', kind: 'stringArray', valueName: 'list', description: 'Set environment variables' },
  { long: 'expose', kind: 'stringArray', valueName: 'list', description: 'Expose a port or a range of ports' },
  { long: 'hostname', short: 'h', kind: 'string', valueName: 'string', description: 'Container host name' },
  { long: 'interactive', short: 'i', kind: 'bool', description: 'Keep STDIN open even if not attached' },
  { long: 'label', short: 'l', kind: 'stringArray', valueName: 'list', description: 'Set meta data on a container' },
  { long: 'link', kind: 'stringArray', valueName: 'list', description: 'Add link to another container' },
  { long: 'memory', short: 'm', kind: 'bytes', valueName: 'bytes', description: 'Memory limit' },
  { long: 'network', kind: 'string', valueName: 'network', description: 'Connect a container to a network', aliases: ['net'] },
  {
    long: 'network-alias',
    kind: 'stringArray',
    valueName: 'list',
    description: 'Add network-scoped alias for the container',
    aliases: ['net-alias'],
  },
  { long: 'publish', short: 'p', kind: 'stringArray', valueName: 'list', description: "Publish a container's port(s) to the host" },
  { long: 'publish-all', short: 'P', kind: 'bool', description: 'Publish all exposed ports to random ports' },
  {
    long: 'restart',
    kind: 'string',
    valueName: 'string',
    description: 'Restart policy to apply when a container exits',
    defaultText: '"no"',
  },
  {
    long: 'rm',
    kind: 'bool',
    description: 'Automatically remove the container and its associated anonymous volumes when it exits',
  },
  { long: 'tty', short: 't', kind: 'bool', description: 'Allocate a pseudo-TTY' },
  {
    long: 'user',
    short: 'u',
    kind: 'string',
    valueName: 'string',
    description: 'Username or UID (format: <name|uid>[:<group|gid>])',
  },
  { long: 'volume', short: 'v', kind: 'stringArray', valueName: 'list', description: 'Bind mount a volume' },
  { long: 'workdir', short: 'w', kind: 'string', valueName: 'string', description: 'Working directory inside the container' },
];

export const nameFlag: FlagSpec = { long: 'name', kind: 'string', valueName: 'string', description: 'Assign a name to the container' };
