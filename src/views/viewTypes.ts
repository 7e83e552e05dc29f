// The contract every view fulfils: a pure layout from the world to a Plan (plain data, unit-tested)
// and a React component that draws a Plan. The panel owns tabs, pan/zoom, the inspect drawer and
// the text alternative, all driven by the Plan, so a view only decides what goes where.
import type { ComponentType } from 'react';
import type { SimEvent, World } from '../engine';

/** Every label a student reads comes in both languages. */
export interface Bilingual {
  bn: string;
  en: string;
}

export type InspectType = 'container' | 'image' | 'network' | 'volume' | 'host' | 'layer' | 'process' | 'service' | 'node' | 'task';

/** What clicking an element shows: the object `docker inspect` (or the view's details) would print. */
export interface InspectTarget {
  type: InspectType;
  /** Container/image/network id (64 hex), volume name, layer digest, host name, host PID as text, or swarm service/node/task id. */
  id: string;
  host: string;
}

export interface PlanNode {
  id: string;
  /** Drives the shape and icon: 'vm', 'kernel', 'container', 'layer' … (views choose their kinds). */
  kind: string;
  x: number;
  y: number;
  w: number;
  h: number;
  label: Bilingual;
  /** A second, smaller line under the label, drawn when the box is tall enough. */
  sub?: Bilingual;
  /** The short hover text (a tooltip and part of the accessible name). */
  hint?: Bilingual;
  /** A text glyph drawn before the label, so kind never rests on colour alone. */
  icon?: string;
  /** 0..1 of a transfer in flight (a layer being pulled), drawn as a fill from the left. */
  progress?: number;
  /** A state word drawn as a pattern/outline style: 'running', 'exited', 'shared', 'exists' … */
  state?: string;
  inspect?: InspectTarget;
  /** The node this one sits inside, for the text outline's nesting. */
  parent?: string;
}

export interface PlanEdge {
  id: string;
  from: string;
  to: string;
  kind: string;
  label?: Bilingual;
}

/** A labelled box drawn behind its members (a VM, a shared kernel, a layer stack). */
export interface PlanGroup {
  id: string;
  kind: string;
  x: number;
  y: number;
  w: number;
  h: number;
  label: Bilingual;
  parent?: string;
}

/** A short-lived mark from a recent event: a system call travelling from a process to the kernel. */
export interface PlanPulse {
  id: string;
  from: string;
  to: string;
  label: string;
}

export interface Plan {
  width: number;
  height: number;
  groups: PlanGroup[];
  nodes: PlanNode[];
  edges: PlanEdge[];
  pulses: PlanPulse[];
  /** Set when the world was too big to draw element by element and counts are drawn instead. */
  aggregated?: boolean;
}

export interface LayoutOptions {
  /** The host whose terminal is active: drawn first / expanded. */
  host: string;
  /** The events of the last command (oldest first): pulses, "Already exists" marks. */
  recent: readonly SimEvent[];
  /** The recent events' batch number (LoggedEvent.batch): pulses keyed by it replay only for a new command. */
  batch?: number;
  /**
   * The store's event log (oldest first, each event with its shell call's batch number): for
   * animations that outlive their batch, as a ping's packets do once the next tick ends the exec.
   */
  log?: readonly { batch: number; event: SimEvent }[];
}

export interface ViewComponentProps {
  plan: Plan;
  lang: 'bn' | 'en';
  /** Node ids the last command touched. */
  highlighted: ReadonlySet<string>;
  selected: string | null;
  onInspect: (node: PlanNode) => void;
  reducedMotion: boolean;
  /** Accessible name of the drawing. */
  title: string;
}

export interface View {
  id: string;
  title: Bilingual;
  layout: (world: World, opts: LayoutOptions) => Plan;
  Component: ComponentType<ViewComponentProps>;
}

export const EMPTY_PLAN: Plan = { width: 0, height: 0, groups: [], nodes: [], edges: [], pulses: [] };
