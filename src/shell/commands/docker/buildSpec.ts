// `docker build`'s flags and help, as data (the subset students meet, in the order the CLI lists them).
import type { CommandSpec } from '../../cli/flagTypes';

export const buildSpec: CommandSpec = {
  path: 'docker image build',
  usage: '[OPTIONS] PATH | URL | -',
  description: 'Build an image from a Dockerfile',
  aliases: ['docker build', 'docker builder build'],
  args: { exact: 1 },
  flags: [
    { long: 'add-host', kind: 'list', description: 'Add a custom host-to-IP mapping (host:ip)' },
    { long: 'build-arg', kind: 'stringArray', valueName: 'list', description: 'Set build-time variables' },
    { long: 'cache-from', kind: 'stringArray', valueName: 'strings', description: 'Images to consider as cache sources' },
    { long: 'compress', kind: 'bool', description: 'Compress the build context using gzip' },
    { long: 'file', short: 'f', kind: 'string', description: "Name of the Dockerfile (Default is 'PATH/Dockerfile')" },
    { long: 'force-rm', kind: 'bool', description: 'Always remove intermediate containers' },
    { long: 'iidfile', kind: 'string', description: 'Write the image ID to the file' },
    { long: 'label', kind: 'stringArray', valueName: 'list', description: 'Set metadata for an image' },
    { long: 'network', kind: 'string', description: 'Set the networking mode for the RUN instructions during build', defaultText: '"default"' },
    { long: 'no-cache', kind: 'bool', description: 'Do not use cache when building the image' },
    { long: 'platform', kind: 'string', description: 'Set platform if server is multi-platform capable' },
    { long: 'progress', kind: 'string', description: 'Set type of progress output (auto, plain, tty). Use plain to show container output', defaultText: '"auto"', hidden: true },
    { long: 'pull', kind: 'bool', description: 'Always attempt to pull a newer version of the image' },
    { long: 'quiet', short: 'q', kind: 'bool', description: 'Suppress the build output and print image ID on success' },
    { long: 'rm', kind: 'bool', description: 'Remove intermediate containers after a successful build', defaultText: 'true' },
    { long: 'tag', short: 't', kind: 'stringArray', valueName: 'list', description: "Name and optionally a tag in the 'name:tag' format" },
    { long: 'target', kind: 'string', description: 'Set the target build stage to build.' },
  ],
};
