// Lesson 6 in the course list: loaded eagerly, so it stays this small.
import type { LessonMeta } from '../../src/lessons/lessonTypes';

export const meta: LessonMeta = {
  id: 'bridge-networking',
  order: 6,
  title: { bn: 'আইপি ঠিকানা আর ব্রিজ নেটওয়ার্ক', en: 'IP addressing and bridge networking' },
  // The seed's networking chapter was recorded on Docker 18.03 (March 2018).
  profile: 'classic',
  seed: 42,
  goalIds: ['nw1-created', 'cont01-on-nw1', 'cont02-joined', 'cont03-on-nw2', 'cont03-reaches-cont01'],
};
