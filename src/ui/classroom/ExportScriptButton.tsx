// Download the session's commands as a shell script (a Blob URL: nothing leaves the browser).
import { sessionScript } from '../../store/timeline/shareActions';
import { useClassroomStrings } from './classroomStrings';

export const SCRIPT_FILE_NAME = 'pathshala-session.sh';

export function ExportScriptButton() {
  const t = useClassroomStrings();
  const download = () => {
    const url = URL.createObjectURL(new Blob([sessionScript()], { type: 'text/x-shellscript' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = SCRIPT_FILE_NAME;
    document.body.append(link);
    link.click();
    link.remove();
    // The click has started the download; the URL is not needed after this turn.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <button type="button" title={t.exportTitle} onClick={download}>
      {t.exportScript}
    </button>
  );
}
