import { killContainer } from '../../../engine/containers/stopContainer';
import type { DockerSubcommand } from './subcommand';
import { forEachContainer } from './containerBatch';

const SIGNAL_NUMBERS: Record<string, string> = {
  '1': 'SIGHUP',
  '2': 'SIGINT',
  '3': 'SIGQUIT',
  '9': 'SIGKILL',
  '10': 'SIGUSR1',
  '12': 'SIGUSR2',
  '15': 'SIGTERM',
  '18': 'SIGCONT',
  '19': 'SIGSTOP',
};

/** `KILL`, `sigkill`, `SIGKILL` and `9` all name SIGKILL; anything else goes to the daemon as typed. */
export function normalizeSignal(text: string): string {
  if (SIGNAL_NUMBERS[text]) return SIGNAL_NUMBERS[text];
  const upper = text.toUpperCase();
  if (/^[A-Z][A-Z0-9]*$/.test(upper)) return upper.startsWith('SIG') ? upper : `SIG${upper}`;
  return text;
}

export const killCommand: DockerSubcommand = {
  spec: {
    path: 'docker container kill',
    usage: '[OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Kill one or more running containers',
    aliases: ['docker kill'],
    args: { min: 1 },
    flags: [{ long: 'signal', short: 's', kind: 'string', valueName: 'string', description: 'Signal to send to the container' }],
  },
  run(cx, args) {
    const s = args.flags.signal;
    const signal = typeof s === 'string' && s !== '' ? normalizeSignal(s) : 'SIGKILL';
    return forEachContainer(cx, args.positionals, (ref) => killContainer(cx.ctx, cx.host, ref, signal));
  },
};
