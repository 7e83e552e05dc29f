// The docker CLI parses -p, --restart and the --rm/--restart conflict itself, before it asks the
// daemon for anything: a typo there fails at once, without a pull and without the
// "Error response from daemon: " prefix. The parsers are the engine's (the daemon re-checks).
import { parsePublish, parseRestartPolicy } from '../../../engine/containers/parseSpecs';
import type { ContainerSpec } from '../../../engine/containers/containerSpec';
import { isSimError } from '../../../engine/errors';
import type { CommandContext } from '../../types';
import { DAEMON_PREFIX } from './errors';

/**
 * The error text for a run/create spec, or undefined when the spec parses. The CLI only splits
 * `--restart NAME[:COUNT]`; any name passes it, and the daemon refuses an unknown one (or a count
 * where none fits) while it verifies the settings, before it looks for the image: no pull either.
 */
export function runSpecError(cx: CommandContext, spec: ContainerSpec): string | undefined {
  const msg = cx.profile.daemon;
  let daemonError: string | undefined;
  try {
    parsePublish(spec.publish, msg);
    try {
      parseRestartPolicy(spec.restart, msg);
    } catch (e) {
      if (!isSimError(e) || e.message === msg.restartBadFormat || e.message === msg.restartRetryNotInteger) throw e;
      daemonError = `${DAEMON_PREFIX}${e.message}`;
    }
    const policy = (spec.restart ?? '').split(':')[0];
    if (spec.autoRemove && policy !== '' && policy !== 'no') return msg.restartWithRm;
  } catch (e) {
    if (isSimError(e)) return e.message;
    throw e;
  }
  return daemonError;
}
