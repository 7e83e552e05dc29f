// The swarm view: nodes as columns with their tasks, services by colour and letter, the routing mesh.
import type { View } from '../viewTypes';
import { swarmLayout } from './layoutSwarm';
import { SwarmSvg } from './SwarmSvg';

export const swarmView: View = { id: 'swarm', title: { bn: 'সোয়ার্ম', en: 'Swarm' }, layout: swarmLayout, Component: SwarmSvg };
