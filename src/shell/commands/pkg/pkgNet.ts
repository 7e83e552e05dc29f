// Can a package manager in this container reach its mirror? The same rules as ping and curl
// (engine/programs/netProbe): `--network none` resolves no outside name; a network without a
// way out lets the name resolve but the connection time out.
import { resolveAndReach } from '../../../engine/programs/netProbe';
import { nextUint32 } from '../../../engine/prng';
import type { CommandContext } from '../../types';

export type NetState = 'ok' | 'dns' | 'timeout';

export function reachMirror(cx: CommandContext, hostName: string): NetState {
  const containerId = cx.frame.containerId;
  if (!containerId) return 'ok';
  const probe = resolveAndReach(cx.ctx.world, cx.host, containerId, hostName);
  if (!probe.ok) return 'dns';
  return probe.reachable ? 'ok' : 'timeout';
}

/** A CPython object address (`0x7f3c2a9b1e50`) for exception reprs, from the world's PRNG. */
export function pyObjectAddress(cx: CommandContext): string {
  const hi = (nextUint32(cx.ctx.world) & 0xff) | 0x7f00;
  const lo = (nextUint32(cx.ctx.world) & 0xfffffff0) >>> 0;
  return `0x${hi.toString(16)}${lo.toString(16).padStart(8, '0')}`;
}
