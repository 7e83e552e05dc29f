// The views the panel offers, in tab order. Each entry loads its view on demand: d3 and the
// layouts stay out of the initial bundle (the panel imports only this file).
import type { Bilingual, View } from './viewTypes';

export interface ViewEntry {
  id: string;
  title: Bilingual;
  load: () => Promise<View>;
}

export const VIEWS: readonly ViewEntry[] = [
  { id: 'machine', title: { bn: 'মেশিন', en: 'Machine' }, load: () => import('./machine/machineView').then((m) => m.machineView) },
  { id: 'images', title: { bn: 'ইমেজ ও লেয়ার', en: 'Images & layers' }, load: () => import('./images/imagesView').then((m) => m.imagesView) },
  { id: 'network', title: { bn: 'নেটওয়ার্ক', en: 'Network' }, load: () => import('./network/networkView').then((m) => m.networkView) },
  { id: 'swarm', title: { bn: 'সোয়ার্ম', en: 'Swarm' }, load: () => import('./swarm/swarmView').then((m) => m.swarmView) },
];

export function getViewEntry(id: string): ViewEntry {
  return VIEWS.find((v) => v.id === id) ?? VIEWS[0];
}
