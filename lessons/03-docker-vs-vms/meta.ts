// Lesson 3 in the course list: loaded eagerly, so it stays this small.
import type { LessonMeta } from '../../src/lessons/lessonTypes';

export const meta: LessonMeta = {
  id: 'docker-vs-vms',
  order: 3,
  title: { bn: 'ডকার বনাম ভার্চুয়াল মেশিন', en: 'Docker vs virtual machines' },
  // The comparison is measured against docker-machine VMs: Docker Toolbox, the seed's 2018 setup.
  profile: 'classic',
  seed: 42,
  goalIds: ['quick-running', 'vm1-running', 'twenty-containers', 'docker-in-vm', 'quick-snapshot'],
};
