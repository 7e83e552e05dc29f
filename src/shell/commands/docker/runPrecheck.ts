// The docker CLI parses -p, --restart and the --rm/--restart conflict itself, before it asks the
// daemon for anything: a typo there fails at once, without a pull and without the
// "Error response from daemon: " prefix. The parsers are the engine's (the daemon re-checks).
import { parsePublish, parseRestartPolicy } from '../../../engine/containers/parseSpecs';
import type { ContainerSpec } from '../../../engine/containers/containerSpec';
import { isSimError } from '../../../engine/errors';
import type { CommandContext } from '../../types';

/** The CLI's own error text for a run/create spec, or undefined when the spec parses. */
export function runSpecError(cx: CommandContext, spec: ContainerSpec): string | undefined {
  const msg = cx.profile.daemon;
  try {
    parsePublish(spec.publish, msg);
    const restart = parseRestartPolicy(spec.restart, msg);
    if (spec.autoRemove && restart.name !== 'no') return msg.restartWithRm;
  } catch (e) {
    if (isSimError(e)) return e.message;
    throw e;
  }
  return undefined;
}
