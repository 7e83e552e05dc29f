// The world changes on every frame while a job runs (the clock moves), and each change lays the
// view out again; most of those plans are the same as the last. Handing the previous object back
// when nothing changed spares the drawing a d3 join and a restart of its transitions every frame.
import { useRef } from 'react';
import type { Plan } from '../../views/viewTypes';

export function useStablePlan(plan: Plan): Plan {
  const last = useRef<{ key: string; plan: Plan } | null>(null);
  const key = JSON.stringify(plan);
  if (last.current?.key === key) return last.current.plan;
  last.current = { key, plan };
  return plan;
}
