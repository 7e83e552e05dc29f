// The timeline strip under the panels: one point per command, undo/redo/branch buttons, ←/→ on
// the focused strip and Ctrl+Z / Ctrl+Shift+Z outside the terminal. The views follow on their own:
// they draw the store's world, which a jump replaces.
import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { appStore } from '../../store';
import { timelineOf } from '../../store/timeline/timelineStore';
import { forkHere, jumpToPoint, pointLabels, redo, undo, type MoveResult } from '../../store/timeline/timelineActions';
import { fill, useTimelineStrings } from './timelineStrings';
import { timelineKey } from './timelineKeys';
import { restoreTimeline, startTimelinePersistence } from '../../store/timeline/timelinePersistence';
import { useShareLinkOpener } from './useShareLinkOpener';
import { useClassroomStrings } from '../classroom/classroomStrings';
import { ClassroomControls } from '../classroom/ClassroomControls';
import { registerServiceWorker } from '../classroom/registerServiceWorker';
import './timeline.css';

// The dialog (link, QR encoder, script export) loads when first opened.
const ShareDialog = lazy(() => import('../classroom/ShareDialog'));

export default function TimelineStrip() {
  const t = useTimelineStrings();
  const summary = useStore(timelineOf(appStore).summary);
  const c = useClassroomStrings();
  const [busy, setBusy] = useState(false);
  const [sharing, setSharing] = useState(false);
  const [demoNotice, setDemoNotice] = useState('');
  const linkNotice = useShareLinkOpener();
  const current = useRef<HTMLSpanElement>(null);
  // Labels are read again whenever the summary changes (a new command, a jump, a fork).
  const labels = pointLabels(appStore);
  void summary.version;

  const move = (result: MoveResult) => {
    setBusy(result === 'busy');
    // A jump remounts the terminals, which take the focus: the strip keeps it for the next key.
    const focused = document.activeElement;
    if (result === 'moved' && focused instanceof HTMLElement && focused.closest('.timeline')) {
      requestAnimationFrame(() => requestAnimationFrame(() => focused.focus()));
    }
  };

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const key = timelineKey(event, event.target instanceof Element ? event.target : null);
      if (!key) return;
      event.preventDefault();
      move(key === 'undo' ? undo() : redo());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(registerServiceWorker, []);

  useEffect(() => {
    // The timeline saved beside the session comes back if it leads to the restored world.
    let stop = () => {};
    let live = true;
    void restoreTimeline(window.localStorage)
      .catch(() => false)
      .then(() => {
        if (live) stop = startTimelinePersistence(window.localStorage);
      });
    return () => {
      live = false;
      stop();
    };
  }, []);

  useEffect(() => {
    current.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [summary.current, summary.points]);

  const onSliderKey = (event: KeyboardEvent) => {
    const targets: Record<string, number> = {
      ArrowLeft: summary.current - 1,
      ArrowRight: summary.current + 1,
      Home: 0,
      End: summary.points - 1,
    };
    if (!(event.key in targets)) return;
    event.preventDefault();
    move(jumpToPoint(targets[event.key]));
  };

  const last = summary.points - 1;
  const name = (index: number) => (index === 0 ? t.start : fill(t.point, { n: index, command: labels[index] ?? '' }));
  return (
    <section className="timeline" aria-label={t.label}>
      <button type="button" className="timeline-button" title={t.undoTitle} disabled={summary.current === 0} onClick={() => move(undo())}>
        ⟲ {t.undo}
      </button>
      <button type="button" className="timeline-button" title={t.redoTitle} disabled={summary.current >= last} onClick={() => move(redo())}>
        {t.redo} ⟳
      </button>
      <div
        className="timeline-points"
        role="slider"
        tabIndex={0}
        aria-label={t.sliderLabel}
        aria-valuemin={0}
        aria-valuemax={last}
        aria-valuenow={summary.current}
        aria-valuetext={name(summary.current)}
        onKeyDown={onSliderKey}
      >
        {/* Dots for the mouse; keyboards and screen readers use the slider itself (←/→, Home/End). */}
        {labels.map((_, index) => (
          <span
            key={index}
            aria-hidden="true"
            ref={index === summary.current ? current : undefined}
            className={`timeline-point${index === summary.current ? ' current' : ''}${index > summary.current ? ' future' : ''}`}
            title={name(index)}
            onClick={() => move(jumpToPoint(index))}
          />
        ))}
      </div>
      <span className="timeline-position">{fill(t.position, { current: summary.current, total: last })}</span>
      {summary.behind && (
        <button type="button" className="timeline-button" title={t.forkTitle} onClick={() => forkHere()}>
          {t.fork}
        </button>
      )}
      <span className="timeline-status" role="status">
        {busy ? t.busy : demoNotice ? demoNotice : linkNotice ? c[linkNotice] : summary.behind ? t.behind : ''}
      </span>
      <ClassroomControls onDemoNotice={setDemoNotice} />
      <button type="button" className="timeline-button" title={c.shareTitle} onClick={() => setSharing(true)}>
        {c.share}
      </button>
      {sharing && (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setSharing(false)} />
        </Suspense>
      )}
    </section>
  );
}
