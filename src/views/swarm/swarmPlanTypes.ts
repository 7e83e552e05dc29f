// The swarm view's Plan: V1's Plan with what the visualizer drawing needs besides boxes — each
// service's colour index and letter on its boxes, the ended tasks kept apart (shown only when the
// student opens the history), and a slot key so a replacement task can arrive from where its
// predecessor was.
import type { Plan, PlanGroup, PlanNode } from '../viewTypes';

export interface SwarmBox extends PlanNode {
  /** The service's colour (index into an 8-colour palette); absent on nodes and notes. */
  colour?: number;
  /** The service's letter, drawn in a badge so colour is never the only signal. */
  letter?: string;
  /** An ended task, in the history band under the columns. */
  history?: boolean;
  /** `serviceId.slot` (or `.nodeId` for global tasks): the replica a task fills. */
  slotKey?: string;
  /** The routing mesh's last connection went through this port / to this task. */
  hit?: boolean;
}

export interface SwarmGroup extends PlanGroup {
  history?: boolean;
}

/** A node's column, drawn behind its boxes (not a group: the header box already names the node). */
export interface SwarmColumn {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  down: boolean;
}

export interface SwarmPlan extends Plan {
  nodes: SwarmBox[];
  groups: SwarmGroup[];
  columns: SwarmColumn[];
  /** The plan's height without the history band (the drawing's height while history is closed). */
  liveHeight: number;
  /** How many ended tasks the history band holds (the toggle's count). */
  historyCount: number;
}
