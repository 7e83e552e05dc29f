// Lesson 1 in the course list: loaded eagerly, so it stays this small.
import type { LessonMeta } from '../../src/lessons/lessonTypes';

export const meta: LessonMeta = {
  id: 'virtual-machines',
  order: 1,
  title: { bn: 'ভার্চুয়ালাইজেশন আর ভার্চুয়াল মেশিন', en: 'Virtualisation and virtual machines' },
  // docker-machine and VirtualBox VMs are Docker Toolbox's world, the seed's 2018 setup.
  profile: 'classic',
  seed: 42,
  goalIds: ['vm1-running', 'vm2-created', 'guest-in-vm1', 'vm2-stopped', 'web-on-vm1'],
};
