// The demo player's panel, below the panels: the caption of the step on screen (captions are never
// written into the terminal), progress, →, auto-play with its delay, predict-then-run.
import { useStore } from 'zustand';
import { classroomStore } from './presenterStore';
import { closeDemo, nextStep, startAutoPlay, stopAutoPlay } from './demoPlayer';
import { fillIn, useClassroomStrings } from './classroomStrings';
import './presenter.css';

const DELAYS = [1000, 2500, 5000, 10000];

export default function DemoPanel() {
  const t = useClassroomStrings();
  const { demo, step, waitingToRun, autoPlay, delayMs, predict } = useStore(classroomStore);
  if (!demo) return null;
  const shown = step > 0 ? demo.steps[step - 1] : null;
  const done = step >= demo.steps.length && !waitingToRun;
  const caption = shown ? shown.caption : t.demoStart;
  return (
    <section className="demo-panel" aria-label={demo.title || t.demo}>
      <p className="demo-caption" aria-live="polite">
        {waitingToRun ? `${caption}${caption ? '\n' : ''}${t.demoPredictWaiting}` : done ? `${caption}${caption ? '\n' : ''}${t.demoDone}` : caption}
      </p>
      {demo.title && <span className="demo-title">{demo.title}</span>}
      <span className="demo-progress">{fillIn(t.demoProgress, { n: step, total: demo.steps.length })}</span>
      <button type="button" disabled={done} onClick={() => void nextStep()}>
        {waitingToRun ? t.demoRunNow : t.demoNext}
      </button>
      <label>
        <input type="checkbox" checked={predict} onChange={(e) => classroomStore.setState({ predict: e.currentTarget.checked })} /> {t.demoPredict}
      </label>
      <button type="button" aria-pressed={autoPlay} onClick={() => (autoPlay ? stopAutoPlay() : startAutoPlay())}>
        {autoPlay ? t.demoStop : t.demoAuto}
      </button>
      <label>
        {t.demoDelay}{' '}
        <select value={delayMs} onChange={(e) => classroomStore.setState({ delayMs: Number(e.currentTarget.value) })}>
          {[...new Set([...DELAYS, delayMs])].sort((a, b) => a - b).map((ms) => (
            <option key={ms} value={ms}>
              {ms / 1000} s
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={closeDemo}>
        {t.demoClose}
      </button>
    </section>
  );
}
