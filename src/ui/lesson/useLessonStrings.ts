// The lesson panel's strings in the page's language, and a picker for lesson content's {bn, en}.
import type { Bilingual } from '../../lessons/lessonTypes';
import { LESSON_STRINGS, type LessonStrings } from '../i18n/lessonStrings';
import { useAppStore } from '../useAppStore';

export function useLessonStrings(): LessonStrings {
  return LESSON_STRINGS[useAppStore((state) => state.ui.lang)];
}

export function useBilingual(): (text: Bilingual) => string {
  const lang = useAppStore((state) => state.ui.lang);
  return (text) => text[lang];
}
