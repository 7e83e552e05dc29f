// Every lesson folder, through the same loader the panel uses: its goals are real (none holds after
// setup, all hold after the solution), its prose has the same sections in both languages, and every
// command in its shell snippets parses.
import { describe, expect, it } from 'vitest';
import { parseScript } from '../shell/parser';
import { checkLesson } from './checkGoals';
import { listLessons, loadLesson, loadSections } from './lessonRegistry';
import { parseMarkdown, snippetCommands } from './markdown/parseMarkdown';
import { LESSON_TERMINAL, prepareLessonWorld } from './prepareLessonWorld';
import { runLines } from './runLines';

const metas = listLessons();

describe('lesson index', () => {
  it('has lessons 2 and 6 at least, ids unique, orders unique', () => {
    const orders = metas.map((m) => m.order);
    expect(orders).toEqual(expect.arrayContaining([2, 6]));
    expect(new Set(orders).size).toBe(orders.length);
    expect(new Set(metas.map((m) => m.id)).size).toBe(metas.length);
  });
});

for (const meta of metas) {
  describe(`lesson ${meta.order} ${meta.id}`, () => {
    it('meta lists exactly the goal ids of the lesson, with 3 goals or more and a challenge', async () => {
      const lesson = await loadLesson(meta.id);
      expect([...lesson.goals, ...lesson.challenge].map((g) => g.id)).toEqual(meta.goalIds);
      expect(lesson.goals.length).toBeGreaterThanOrEqual(3);
      expect(lesson.challenge.length).toBeGreaterThanOrEqual(1);
      expect(lesson.conceptChecks.length).toBeGreaterThanOrEqual(1);
      for (const q of lesson.conceptChecks) expect(q.choices.filter((c) => c.correct)).toHaveLength(1);
    });

    it('no goal holds after setup alone', async () => {
      const lesson = await loadLesson(meta.id);
      const states = checkLesson(lesson, prepareLessonWorld(lesson));
      expect(states.filter((s) => s.met).map((s) => s.id)).toEqual([]);
      for (const s of states) expect(s.missing?.bn).toMatch(/[\u0980-\u09ff]/);
    });

    it('every goal holds after the solution, every solution line succeeds', async () => {
      const lesson = await loadLesson(meta.id);
      let world = prepareLessonWorld(lesson);
      const onceGoals = [...lesson.goals, ...lesson.challenge].filter((g) => g.once);
      const reached = new Set<string>();
      for (const line of lesson.solution) {
        const result = runLines(world, LESSON_TERMINAL, [line]);
        // A pull writes its progress to stderr; only the exit code and Docker's errors count.
        expect({ line, exitCode: result.exitCode, error: /Error|error/.test(result.stderr) }).toEqual({ line, exitCode: 0, error: false });
        world = result.world;
        for (const s of checkLesson(lesson, world)) if (s.met) reached.add(s.id);
      }
      // Goals reached once (a stage the lesson later takes apart) must have held on the way.
      expect(onceGoals.map((g) => g.id).filter((id) => !reached.has(id))).toEqual([]);
      expect(checkLesson(lesson, world).filter((s) => !s.met && !onceGoals.some((g) => g.id === s.id))).toEqual([]);
    });

    it('bn and en prose have matching sections; every sh snippet parses', async () => {
      const bn = await loadSections(meta.id, 'bn');
      const en = await loadSections(meta.id, 'en');
      expect(bn.length).toBe(en.length);
      expect(bn.length).toBeGreaterThanOrEqual(3);
      for (const section of [...bn, ...en]) {
        for (const block of parseMarkdown(section.body)) {
          if (block.type !== 'code') continue;
          expect(['sh', 'json', 'text', '']).toContain(block.lang);
          for (const command of snippetCommands(block)) expect(() => parseScript(command + '\n'), command).not.toThrow();
        }
      }
    });
  });
}
