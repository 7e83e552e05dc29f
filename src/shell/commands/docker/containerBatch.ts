// Commands that act on several containers (stop, kill, rm, pause …) work through them in order,
// echo each argument exactly as typed on success, and report the failures together at the end,
// as docker/cli's errors.Join does; exit 1 if any failed.
import type { CommandContext } from '../../types';
import { reportDaemonError } from './errors';

export function forEachContainer(
  cx: CommandContext,
  refs: string[],
  op: (ref: string) => void,
  opts: { skipError?: (e: unknown) => boolean; report?: (e: unknown) => void } = {},
): number {
  const failures: unknown[] = [];
  for (const ref of refs) {
    try {
      op(ref);
      cx.out(`${ref}\n`);
    } catch (e) {
      if (opts.skipError?.(e)) continue;
      failures.push(e);
    }
  }
  for (const e of failures) (opts.report ?? ((err: unknown) => reportDaemonError(cx, err)))(e);
  return failures.length > 0 ? 1 : 0;
}
