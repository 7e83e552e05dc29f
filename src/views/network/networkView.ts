// The network view: hosts, bridges, veth pairs, ports, NAT and DNS, with the last command's packets.
import type { View } from '../viewTypes';
import { networkLayout } from './layoutNetwork';
import { NetworkSvg } from './NetworkSvg';

export const networkView: View = { id: 'network', title: { bn: 'নেটওয়ার্ক', en: 'Network' }, layout: networkLayout, Component: NetworkSvg };
