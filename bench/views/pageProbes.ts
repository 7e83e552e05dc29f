// Code that runs inside the benchmarked page, kept as source text (tsx would wrap functions in
// helpers that do not exist in the page).

/**
 * Pans (mouse drag) and zooms (wheel) the views panel's drawing on every animation frame for
 * `ms`, and resolves with the frame rate and the longest frame. d3-zoom handles both events
 * synchronously, so each frame pays for one transform of the drawing.
 */
export function panZoomProbe(ms: number): string {
  return `new Promise((resolve) => {
  const svg = document.querySelector('[data-panel="views"] [role="tabpanel"] svg');
  if (!svg) return resolve({ fps: 0, worstMs: 0, elements: 0 });
  const r = svg.getBoundingClientRect();
  const x = r.x + Math.min(r.width, 200) / 2;
  const y = r.y + Math.min(r.height, 200) / 2;
  const elements = svg.querySelectorAll('g, line, rect').length;
  let frames = 0;
  let worst = 0;
  const t0 = performance.now();
  let last = t0;
  svg.dispatchEvent(new MouseEvent('mousedown', { view: window, bubbles: true, cancelable: true, button: 0, clientX: x, clientY: y }));
  const step = (now) => {
    frames++;
    worst = Math.max(worst, now - last);
    last = now;
    const phase = frames % 40;
    if (phase < 20) window.dispatchEvent(new MouseEvent('mousemove', { view: window, bubbles: true, cancelable: true, clientX: x + (phase % 10) * 3, clientY: y + (phase % 7) * 2 }));
    else svg.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: x, clientY: y, deltaY: phase < 30 ? -30 : 30 }));
    if (now - t0 < ${ms}) requestAnimationFrame(step);
    else {
      window.dispatchEvent(new MouseEvent('mouseup', { view: window, bubbles: true, cancelable: true, clientX: x, clientY: y }));
      resolve({ fps: (frames * 1000) / (now - t0), worstMs: worst, elements });
    }
  };
  requestAnimationFrame(step);
})`;
}

/** Resolves with ms from now until an element matching `selector` is in the views panel. */
export function waitForSelectorProbe(selector: string): string {
  return `new Promise((resolve) => {
  const t0 = performance.now();
  const panel = document.querySelector('[data-panel="views"]');
  const done = () => {
    if (panel.querySelector(${JSON.stringify(selector)})) {
      observer.disconnect();
      resolve(performance.now() - t0);
      return true;
    }
    return false;
  };
  const observer = new MutationObserver(done);
  observer.observe(panel, { subtree: true, childList: true, attributes: true, characterData: true });
  done();
})`;
}
