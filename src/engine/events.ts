// Events that operations push to the sink so that views can animate what happened.
// Names are noun.pastTense. Payloads are plain data and ids, never object references.
export type SimEvent =
  | { type: 'image.pulled'; host: string; imageId: string; ref: string }
  | { type: 'image.removed'; host: string; imageId: string }
  | { type: 'image.tagged'; host: string; imageId: string; ref: string }
  | { type: 'layer.downloaded'; host: string; digest: string }
  /** docker build: the image a build ended on, and each layer it made (not the CACHED ones). */
  | { type: 'image.built'; host: string; imageId: string }
  | { type: 'layer.created'; host: string; digest: string }
  | { type: 'container.created'; host: string; containerId: string }
  | { type: 'container.started'; host: string; containerId: string }
  | { type: 'container.stopped'; host: string; containerId: string; exitCode: number }
  | { type: 'container.killed'; host: string; containerId: string; signal: string }
  | { type: 'container.removed'; host: string; containerId: string }
  | { type: 'container.restarted'; host: string; containerId: string }
  | { type: 'process.started'; host: string; pid: number }
  | { type: 'process.exited'; host: string; pid: number; exitCode: number }
  | { type: 'network.created'; host: string; networkId: string }
  | { type: 'network.removed'; host: string; networkId: string }
  | { type: 'network.connected'; host: string; networkId: string; containerId: string }
  | { type: 'network.disconnected'; host: string; networkId: string; containerId: string }
  | { type: 'volume.created'; host: string; name: string }
  | { type: 'volume.removed'; host: string; name: string }
  | {
      type: 'packet.sent';
      host: string;
      from: string;
      to: string;
      proto: string;
      /** network/reach.ts: what the hop is (veth, bridge, nat, dnat, loopback, outside, drop) and its device. */
      hop?: 'veth' | 'bridge' | 'nat' | 'dnat' | 'loopback' | 'outside' | 'drop';
      device?: string;
    };

export type SimEventType = SimEvent['type'];
