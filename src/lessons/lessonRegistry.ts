// Where lessons come from: every folder lessons/<nn-slug>/ with a meta.ts (eager: the list needs it),
// a lesson.ts and lesson.bn.md / lesson.en.md (each loaded only when that lesson opens). Adding a
// lesson is adding a folder.
import type { Lang } from './lang';
import type { Lesson, LessonMeta, LessonSection } from './lessonTypes';
import { splitSections } from './markdown/parseMarkdown';

const metaModules = import.meta.glob<LessonMeta>('../../lessons/*/meta.ts', { eager: true, import: 'meta' });
const lessonModules = import.meta.glob<Lesson>('../../lessons/*/lesson.ts', { import: 'lesson' });
const proseModules = import.meta.glob<string>('../../lessons/*/lesson.*.md', { query: '?raw', import: 'default' });

const folderOf = (path: string) => path.split('/').slice(-2)[0];

const byId = new Map<string, { meta: LessonMeta; folder: string }>();
for (const [path, meta] of Object.entries(metaModules)) byId.set(meta.id, { meta, folder: folderOf(path) });

/** Every lesson's meta, in course order. */
export function listLessons(): LessonMeta[] {
  return [...byId.values()].map((entry) => entry.meta).sort((a, b) => a.order - b.order);
}

export function getLessonMeta(id: string): LessonMeta | undefined {
  return byId.get(id)?.meta;
}

function pathFor(id: string, file: string): string {
  const entry = byId.get(id);
  if (!entry) throw new Error(`unknown lesson ${id}`);
  return `../../lessons/${entry.folder}/${file}`;
}

export async function loadLesson(id: string): Promise<Lesson> {
  const load = lessonModules[pathFor(id, 'lesson.ts')];
  if (!load) throw new Error(`lesson ${id} has no lesson.ts`);
  return load();
}

/** The lesson's prose in `lang`, cut into its `## ` sections. */
export async function loadSections(id: string, lang: Lang): Promise<LessonSection[]> {
  const load = proseModules[pathFor(id, `lesson.${lang}.md`)];
  if (!load) throw new Error(`lesson ${id} has no lesson.${lang}.md`);
  return splitSections(await load());
}
