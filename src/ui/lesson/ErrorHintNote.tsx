// A known Docker error in the last command's output, explained; the terminal keeps Docker's text.
import { findErrorHint } from '../../lessons/errorHints';
import { useAppStore } from '../useAppStore';
import { useBilingual, useLessonStrings } from './useLessonStrings';

export function ErrorHintNote() {
  const t = useLessonStrings();
  const pick = useBilingual();
  const stderr = useAppStore((state) => state.lesson.lastStderr);
  const hint = findErrorHint(stderr);
  if (!hint) return null;
  return (
    <aside className="lesson-error-hint" role="status" data-hint={hint.id}>
      <strong>{t.errorHintTitle}</strong>
      <p>{pick(hint.text)}</p>
    </aside>
  );
}
