// The notice about the saved session: it could not be restored (a fresh one started) or saved.
import { dismissNotice } from '../store';
import type { StringKey } from './i18n/bn';
import { useAppStore, useStrings } from './useAppStore';

const NOTICE_TEXT: Record<string, StringKey> = {
  corrupt: 'noticeCorrupt',
  version: 'noticeVersion',
  invalid: 'noticeInvalid',
  quota: 'noticeQuota',
  saveFailed: 'noticeSaveFailed',
};

export function SessionNotice() {
  const t = useStrings();
  const notice = useAppStore((state) => state.ui.notice);
  if (!notice) return null;
  return (
    <div className="session-notice" role="alert" data-testid="session-notice" data-notice={notice}>
      <p>{t[NOTICE_TEXT[notice]]}</p>
      <button type="button" onClick={() => dismissNotice()}>
        {t.dismiss}
      </button>
    </div>
  );
}
