// The images-and-layers view (filled in by imagesLayout.ts).
import { PlanSvg } from '../render/PlanSvg';
import type { View } from '../viewTypes';
import { imagesLayout } from './imagesLayout';

export const imagesView: View = { id: 'images', title: { bn: 'ইমেজ ও লেয়ার', en: 'Images & layers' }, layout: imagesLayout, Component: PlanSvg };
