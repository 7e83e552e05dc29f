// The machine view (filled in by machineLayout.ts).
import { PlanSvg } from '../render/PlanSvg';
import type { View } from '../viewTypes';
import { machineLayout } from './machineLayout';

export const machineView: View = { id: 'machine', title: { bn: 'মেশিন', en: 'Machine' }, layout: machineLayout, Component: PlanSvg };
