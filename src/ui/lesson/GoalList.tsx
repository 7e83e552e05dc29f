// The lesson's goals and its challenge, checked against the world on every change.
import type { GoalState } from '../../lessons/checkGoals';
import type { Goal } from '../../lessons/lessonTypes';
import { GoalItem } from './GoalItem';

interface GoalListProps {
  title: string;
  goals: Goal[];
  states: Map<string, GoalState>;
  reached: readonly string[];
}

export function GoalList({ title, goals, states, reached }: GoalListProps) {
  if (goals.length === 0) return null;
  return (
    <section className="lesson-goals" aria-label={title}>
      <h4>{title}</h4>
      <ul>
        {goals.map((goal) => (
          <GoalItem key={goal.id} goal={goal} state={states.get(goal.id)!} reachedBefore={reached.includes(goal.id)} />
        ))}
      </ul>
    </section>
  );
}
