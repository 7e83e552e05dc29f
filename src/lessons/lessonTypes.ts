// The lesson format: what a lesson folder (lessons/<nn-slug>/) exports. Content is data; goals check
// the world through engine queries, never the text the student typed.
import type { ProfileName, World } from '../engine';

/** Every string a student reads comes in both languages. */
export interface Bilingual {
  bn: string;
  en: string;
}

/** What a goal check may need beyond the world: the host the lesson's terminal runs on. */
export interface GoalCtx {
  host: string;
}

/** true when the goal holds, else what is still missing, said to the student. */
export type GoalResult = true | { missing: Bilingual };

export interface Goal {
  id: string;
  text: Bilingual;
  hint: Bilingual;
  /**
   * A stage on the lesson's way that a later step takes apart again (a swarm that the lesson leaves
   * at the end): reaching it once counts, so the panel keeps it ticked and the tests ask that it
   * held after some solution line rather than after the last.
   */
  once?: boolean;
  check(world: World, ctx: GoalCtx): GoalResult;
}

export interface QuizChoice {
  text: Bilingual;
  correct: boolean;
  /** Why this answer is right or wrong, shown after it is chosen. */
  explain: Bilingual;
}

export interface ConceptCheck {
  id: string;
  question: Bilingual;
  choices: QuizChoice[];
}

/** The small part of a lesson the panel's list needs, loaded eagerly (lessons/<dir>/meta.ts). */
export interface LessonMeta {
  id: string;
  /** Position in the course (1–8, as in the seed). */
  order: number;
  title: Bilingual;
  profile: ProfileName;
  seed: number;
  /** Ids of the goals and the challenge goals, so progress shows without loading the lesson. */
  goalIds: string[];
}

export interface Lesson extends LessonMeta {
  /** Command lines run (through the shell's runLine) on a fresh world before the lesson starts. */
  setup: string[];
  goals: Goal[];
  /** The closing challenge: goals without step-by-step instructions. */
  challenge: Goal[];
  /** Command lines that reach every goal and the challenge from the state setup leaves. */
  solution: string[];
  conceptChecks: ConceptCheck[];
}

/** A section of prose: one `## ` heading of lesson.<lang>.md and what follows it. */
export interface LessonSection {
  title: string;
  body: string;
}
