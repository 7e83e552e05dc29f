// The share dialog: the session's link (copy), its QR code for the projector, and the script export.
import { useEffect, useRef, useState } from 'react';
import { shareLink } from '../../store/timeline/shareActions';
import { QrImage } from './QrImage';
import { ExportScriptButton } from './ExportScriptButton';
import { useClassroomStrings } from './classroomStrings';
import './classroom.css';

export default function ShareDialog({ onClose }: { onClose: () => void }) {
  const t = useClassroomStrings();
  const dialog = useRef<HTMLDialogElement>(null);
  const [link, setLink] = useState<string | null | undefined>(undefined);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    let live = true;
    shareLink(window.location.href).then(
      (made) => live && setLink(made),
      () => live && setLink(null),
    );
    return () => {
      live = false;
    };
  }, []);

  const copy = () => {
    if (!link) return;
    void navigator.clipboard?.writeText(link).then(() => setCopied(true));
  };

  return (
    <dialog ref={dialog} className="confirm-dialog share-dialog" aria-labelledby="share-title" onClose={onClose}>
      <h2 id="share-title">{t.shareHeading}</h2>
      <p>{t.shareBody}</p>
      {link === undefined && <p>{t.making}</p>}
      {link === null && <p className="share-refused">{t.cannotShare}</p>}
      {link && (
        <>
          <div className="share-link-row">
            <input className="share-link" readOnly value={link} aria-label={t.shareLinkLabel} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" onClick={copy}>
              {copied ? t.copied : t.copy}
            </button>
          </div>
          <QrImage text={link} label={t.qrLabel} tooLong={t.qrTooLong} />
        </>
      )}
      <div className="dialog-buttons">
        <ExportScriptButton />
        <button type="button" autoFocus onClick={onClose}>
          {t.close}
        </button>
      </div>
    </dialog>
  );
}
