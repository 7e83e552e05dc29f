// Panels whose chunks reach into the engine (the lesson runtime prepares worlds with the shell, the
// views read it through queries) start loading only once the first prompt is painted and the shell
// is in: requested at the first render, they would share its chunks and hold up the first prompt.
import { useEffect, useState, type ReactNode } from 'react';
import { loadShell, shellIfLoaded } from '../store/shellRuntime';
import { afterFirstPrompt } from './afterFirstPrompt';

export function AfterShell({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const [ready, setReady] = useState(() => shellIfLoaded() !== null);
  useEffect(() => {
    if (ready) return;
    let live = true;
    // A line typed before the shell came runs on the terminal's next animation frame: the panels
    // render after that frame, so their work does not hold up its answer. On a failed load they
    // still render: their own chunks may load, or show their errors.
    const show = () => requestAnimationFrame(() => setTimeout(() => live && setReady(true), 0));
    afterFirstPrompt(() => void loadShell().then(show, show));
    return () => {
      live = false;
    };
  }, [ready]);
  return ready ? children : fallback;
}
