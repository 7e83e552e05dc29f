// PLACEHOLDER until the docker CLI lands: the `docker` command the shell registers.
import type { Command } from '../../types';

export const dockerCommand: Command = {
  name: 'docker',
  summary: 'Docker command-line client',
  run(cx) {
    cx.err('docker: not implemented yet\n');
    return 1;
  },
};
