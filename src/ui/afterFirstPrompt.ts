// Work that must not hold up the first prompt (loading the shell's chunk, the panels that share
// it) waits until the prompt is on screen: xterm has put text in its rows, and the frame that
// shows it has been painted. A page whose terminal never draws (no rows within the limit) goes
// ahead anyway.
const LIMIT_MS = 3000;

let waiting: (() => void)[] | null = null;
let shown = false;

export function afterFirstPrompt(callback: () => void): void {
  if (shown) {
    setTimeout(callback, 0);
    return;
  }
  if (waiting) {
    waiting.push(callback);
    return;
  }
  waiting = [callback];
  const hasPrompt = () => (document.querySelector('.xterm-rows')?.textContent ?? '').trim() !== '';
  const release = () => {
    // The rows changed in this frame's rendering; the task after the next frame runs once it is painted.
    requestAnimationFrame(() =>
      setTimeout(() => {
        shown = true;
        const callbacks = waiting ?? [];
        waiting = null;
        for (const f of callbacks) f();
      }, 0),
    );
  };
  if (hasPrompt()) {
    release();
    return;
  }
  const observer = new MutationObserver(() => {
    if (!hasPrompt()) return;
    observer.disconnect();
    clearTimeout(limit);
    release();
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  const limit = setTimeout(() => {
    observer.disconnect();
    release();
  }, LIMIT_MS);
}
