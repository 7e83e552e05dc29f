// Start over: asks first in a modal dialog of our own (window.confirm would block the terminal's
// animation frames and cannot be translated).
import { useEffect, useRef, useState } from 'react';
import { resetSession } from '../store';
import { useStrings } from './useAppStore';

export function ResetButton() {
  const t = useStrings();
  const [asking, setAsking] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (asking && !el.open) el.showModal();
    if (!asking && el.open) el.close();
  }, [asking]);
  return (
    <>
      <button type="button" className="reset-button" onClick={() => setAsking(true)}>
        {t.reset}
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby="reset-title" aria-describedby="reset-body" onClose={() => setAsking(false)}>
        <h2 id="reset-title">{t.resetTitle}</h2>
        <p id="reset-body">{t.resetBody}</p>
        <div className="dialog-buttons">
          <button type="button" autoFocus onClick={() => setAsking(false)}>
            {t.cancel}
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => {
              resetSession();
              setAsking(false);
            }}
          >
            {t.resetConfirm}
          </button>
        </div>
      </dialog>
    </>
  );
}
