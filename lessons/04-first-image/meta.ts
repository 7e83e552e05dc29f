// Lesson 4 in the course list: loaded eagerly, so it stays this small.
import type { LessonMeta } from '../../src/lessons/lessonTypes';

export const meta: LessonMeta = {
  id: 'first-image',
  order: 4,
  title: { bn: 'হ্যালো ওয়ার্ল্ড আর নিজের প্রথম ইমেজ', en: 'Hello world and your first image' },
  // The seed's build log (Flask 0.12.2 on python:3.6.4-slim, classic Step lines) is Docker 18's.
  profile: 'classic',
  seed: 42,
  goalIds: ['hello-world-ran', 'project-files', 'myapp-built', 'hello-flask-running', 'app-answers', 'bangla-greeting'],
};
