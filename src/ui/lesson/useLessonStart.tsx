// Starting (or restarting) a lesson replaces the world, so when the student has typed anything the
// panel asks first, in a modal dialog of our own (bn/en; Escape or Cancel keeps the world).
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { World } from '../../engine';
import { loadLesson } from '../../lessons/lessonRegistry';
import { prepareLessonWorld } from '../../lessons/prepareLessonWorld';
import { appStore, startLesson } from '../../store';
import { format } from '../i18n/lessonStrings';
import { useLessonStrings } from './useLessonStrings';

/** Load a lesson, build its starting world and make it the session's. */
export async function beginLesson(id: string): Promise<void> {
  const lesson = await loadLesson(id);
  startLesson(id, prepareLessonWorld(lesson));
}

/** Whether replacing the world would lose something the student did: a line typed anywhere. */
export function hasWorkToLose(world: World): boolean {
  return Object.values(world.terminals).some((t) => t.history.length > 0);
}

interface Asking {
  id: string;
  title: string;
}

export function useLessonStart(onFail: () => void): { start(id: string, title: string): void; dialog: ReactNode } {
  const t = useLessonStrings();
  const [asking, setAsking] = useState<Asking | null>(null);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (asking && !el.open) el.showModal();
    if (!asking && el.open) el.close();
  }, [asking]);
  const go = (id: string) => void beginLesson(id).catch(onFail);
  const start = (id: string, title: string) => {
    if (hasWorkToLose(appStore.getState().world)) setAsking({ id, title });
    else go(id);
  };
  const dialog = (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby="lesson-start-title" aria-describedby="lesson-start-body" onClose={() => setAsking(null)}>
      <h2 id="lesson-start-title">{format(t.confirmStartTitle, { title: asking?.title ?? '' })}</h2>
      <p id="lesson-start-body">{t.confirmStartBody}</p>
      <div className="dialog-buttons">
        <button type="button" autoFocus onClick={() => setAsking(null)}>
          {t.cancel}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => {
            if (asking) go(asking.id);
            setAsking(null);
          }}
        >
          {t.confirmStart}
        </button>
      </div>
    </dialog>
  );
  return { start, dialog };
}
