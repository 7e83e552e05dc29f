// The shortcut cheat-sheet (`?` outside the terminal).
import { useEffect, useRef } from 'react';
import { useClassroomStrings } from './classroomStrings';
import './presenter.css';

export default function CheatSheet({ onClose }: { onClose: () => void }) {
  const t = useClassroomStrings();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="confirm-dialog cheat-sheet" aria-labelledby="cheat-title" onClose={onClose}>
      <h2 id="cheat-title">{t.cheatSheetTitle}</h2>
      <table>
        <tbody>
          {t.keys.map(([keys, what]) => (
            <tr key={keys}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-buttons">
        <button type="button" autoFocus onClick={onClose}>
          {t.close}
        </button>
      </div>
    </dialog>
  );
}
