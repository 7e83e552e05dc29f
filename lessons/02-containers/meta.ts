// Lesson 2 in the course list: loaded eagerly, so it stays this small.
import type { LessonMeta } from '../../src/lessons/lessonTypes';

export const meta: LessonMeta = {
  id: 'containers',
  order: 2,
  title: { bn: 'কন্টেইনার আর ওএস-স্তরের ভার্চুয়ালাইজেশন', en: 'Containers and OS-level virtualisation' },
  // The seed's chapter teaches ideas, not transcripts: today's Docker shows them as well.
  profile: 'current',
  seed: 42,
  goalIds: ['alpine-image', 'box1-running', 'box2-running', 'second-process', 'snapshot'],
};
