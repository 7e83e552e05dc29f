// Turns xterm's screenReaderMode on and off for every terminal tab.
import { setScreenReader } from '../store';
import { useAppStore, useStrings } from './useAppStore';

export function ScreenReaderToggle() {
  const t = useStrings();
  const on = useAppStore((state) => state.ui.screenReader);
  return (
    <button
      type="button"
      className="screen-reader-toggle"
      aria-pressed={on}
      title={t.screenReaderTitle}
      onClick={() => setScreenReader(!on)}
    >
      {t.screenReader}
    </button>
  );
}
