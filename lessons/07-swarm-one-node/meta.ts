// Lesson 7 in the course list: loaded eagerly, so it stays this small.
import type { LessonMeta } from '../../src/lessons/lessonTypes';

export const meta: LessonMeta = {
  id: 'swarm-one-node',
  order: 7,
  title: { bn: 'এক নোডের সোয়ার্ম', en: 'Swarm on one node' },
  // The seed's swarm chapter was recorded on boot2docker's Docker 18 (early 2018).
  profile: 'classic',
  seed: 42,
  goalIds: ['swarm-leader', 'hello-swarm-answers', 'five-replicas', 'healed-slot', 'scaled-to-three', 'cleaned-up', 'second-service-8080'],
};
