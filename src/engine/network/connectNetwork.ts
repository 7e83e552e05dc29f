// `docker network connect` and `disconnect`: a container joins or leaves a network, running or
// not. A running container gets (or gives back) its endpoint at once; a stopped one keeps only
// the entry, and joins when it starts.
import type { Ctx } from '../ctx';
import { SimError } from '../errors';
import { findContainer } from '../containers/findContainer';
import { getProfile } from '../profile';
import type { Container, Network } from '../world';
import { connectEndpoint, emptyEndpoint, releaseEndpoint } from './endpoints';
import { findNetwork } from './getNetwork';
import { inPool } from './ipam';

export interface ConnectOptions {
  aliases?: string[];
  ip?: string;
}

function networkOrThrow(ctx: Ctx, hostName: string, ref: string): Network {
  const net = findNetwork(ctx.world, hostName, ref);
  if (!net) throw new SimError(`network ${ref} not found`, 'notFound');
  return net;
}

function isRunning(c: Container): boolean {
  return c.state.status === 'running' || c.state.status === 'paused' || c.state.status === 'restarting';
}

function isUserDefined(net: Network): boolean {
  return net.driver === 'bridge' && net.name !== 'bridge';
}

export function connectNetwork(ctx: Ctx, hostName: string, netRef: string, ctrRef: string, opts: ConnectOptions = {}): void {
  const msg = getProfile(ctx.world).network;
  const net = networkOrThrow(ctx, hostName, netRef);
  const c = findContainer(ctx.world, hostName, ctrRef);
  if (net.driver === 'host' || c.hostConfig.networkMode === 'host') throw new SimError(msg.hostNetworkConnect, 'forbidden');
  if (net.driver === 'null' || c.hostConfig.networkMode === 'none') throw new SimError(msg.noneNetworkConnect, 'forbidden');
  if (net.driver === 'overlay' && !net.attachable) {
    throw new SimError(`Could not attach to network ${net.name}: rpc error: code = PermissionDenied desc = network ${net.name} not manually attachable`, 'forbidden');
  }
  if (Object.values(c.networks).some((ep) => ep.networkId === net.id)) throw new SimError(msg.alreadyConnected(c.name, net.name), 'forbidden');
  if (opts.aliases?.length && !isUserDefined(net)) throw new SimError('network-scoped alias is supported only for containers in user defined networks', 'invalid');
  if (opts.ip) {
    if (!isUserDefined(net)) throw new SimError(msg.ipOnlyUserDefined, 'invalid');
    if (!net.userSubnet) throw new SimError(msg.ipOnlyUserSubnet, 'invalid');
    if (!inPool(net, opts.ip)) throw new SimError(msg.ipNotInSubnet(opts.ip), 'invalid');
  }
  const ep = emptyEndpoint(net.id, [...(opts.aliases ?? [])]);
  ep.ipamConfig = opts.ip ? { ipv4Address: opts.ip } : {};
  ep.order = Math.max(0, ...Object.values(c.networks).map((e) => e.order ?? 0)) + 1;
  if (isRunning(c)) connectEndpoint(ctx, hostName, c, ep);
  // Docker lists a container's networks by name (a Go map): keep the record in that order.
  const all = { ...c.networks, [net.name]: ep };
  c.networks = Object.fromEntries(Object.keys(all).sort().map((k) => [k, all[k]]));
}

export function disconnectNetwork(ctx: Ctx, hostName: string, netRef: string, ctrRef: string, force = false): void {
  const msg = getProfile(ctx.world).network;
  let c: Container;
  try {
    c = findContainer(ctx.world, hostName, ctrRef);
  } catch (e) {
    // -f cleans up a gone container's endpoint; there is none to clean here.
    if (force) return;
    throw e;
  }
  const net = networkOrThrow(ctx, hostName, netRef);
  if (net.driver === 'host') throw new SimError(msg.hostNetworkConnect, 'forbidden');
  const entry = Object.entries(c.networks).find(([, ep]) => ep.networkId === net.id);
  if (!entry) throw new SimError(msg.notConnected(c.id, net.name), 'forbidden');
  releaseEndpoint(ctx, hostName, c, entry[1]);
  delete c.networks[entry[0]];
}
