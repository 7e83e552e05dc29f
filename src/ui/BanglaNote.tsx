// Shown when the student typed Bangla into the terminal, which only takes commands.
import { dismissBanglaNote } from '../store';
import { useStrings } from './useAppStore';

export function BanglaNote() {
  const t = useStrings();
  return (
    <aside className="bangla-note" role="status" data-testid="bangla-note">
      <strong>{t.banglaNoteTitle}</strong>
      <p>{t.banglaNoteBody}</p>
      <button type="button" onClick={() => dismissBanglaNote()}>
        {t.dismiss}
      </button>
    </aside>
  );
}
