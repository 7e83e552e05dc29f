// One runnable command: clicking types it into the terminal's line; the student presses Enter.
import { fillTerminal } from '../../store';
import { format } from '../i18n/lessonStrings';
import { useLessonStrings } from './useLessonStrings';

export function Snippet({ command }: { command: string }) {
  const t = useLessonStrings();
  return (
    <button type="button" className="lesson-snippet" title={format(t.snippetTitle, { command })} onClick={() => fillTerminal(command)}>
      <code>{command}</code>
    </button>
  );
}
