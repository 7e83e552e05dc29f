// Which network namespace a tool runs in: the frame's container (if any) on the frame's host.
import type { CommandContext } from '../../../types';

export interface NetScope {
  hostName: string;
  containerId?: string;
}

export function netScopeOf(cx: CommandContext): NetScope {
  const hostName = cx.frame.host ?? cx.host;
  return cx.frame.kind === 'container' && cx.frame.containerId ? { hostName, containerId: cx.frame.containerId } : { hostName };
}
