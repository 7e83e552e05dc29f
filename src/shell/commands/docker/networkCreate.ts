// `docker network create [OPTIONS] NETWORK`: prints the new network's id.
import { createNetwork } from '../../../engine/network/networkOps';
import type { DockerSubcommand } from './subcommand';

function labelMap(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const label of values) {
    const eq = label.indexOf('=');
    out[eq < 0 ? label : label.slice(0, eq)] = eq < 0 ? '' : label.slice(eq + 1);
  }
  return out;
}

export const networkCreateCommand: DockerSubcommand = {
  spec: {
    path: 'docker network create',
    usage: '[OPTIONS] NETWORK',
    description: 'Create a network',
    args: { exact: 1 },
    flags: [
      { long: 'attachable', kind: 'bool', description: 'Enable manual container attachment' },
      { long: 'driver', short: 'd', kind: 'string', description: 'Driver to manage the Network', defaultText: '"bridge"' },
      { long: 'gateway', kind: 'stringArray', valueName: 'strings', description: 'IPv4 or IPv6 Gateway for the master subnet' },
      { long: 'internal', kind: 'bool', description: 'Restrict external access to the network' },
      { long: 'ip-range', kind: 'stringArray', valueName: 'strings', description: 'Allocate container ip from a sub-range' },
      { long: 'label', kind: 'stringArray', valueName: 'list', description: 'Set metadata on a network' },
      { long: 'opt', short: 'o', kind: 'stringArray', valueName: 'map', description: 'Set driver specific options', defaultText: 'map[]' },
      { long: 'subnet', kind: 'stringArray', valueName: 'strings', description: 'Subnet in CIDR format that represents a network segment' },
    ],
  },
  run(cx, args) {
    const first = (name: string) => ((args.flags[name] as string[] | undefined) ?? [])[0];
    const net = createNetwork(cx.ctx, cx.host, args.positionals[0], {
      driver: (args.flags.driver as string | undefined) ?? 'bridge',
      subnet: first('subnet'),
      gateway: first('gateway'),
      ipRange: first('ip-range'),
      internal: args.flags.internal === true,
      attachable: args.flags.attachable === true,
      labels: labelMap((args.flags.label as string[] | undefined) ?? []),
    });
    cx.out(`${net.id}\n`);
    return 0;
  },
};
