// Code that runs inside the benchmarked page. Kept as source text: tsx's transform would wrap
// functions in helpers (__name) that do not exist in the page if they were passed as functions.

/** Installed before the app loads: notes when the first prompt becomes visible in the terminal rows, and the first Enter. */
export const WATCH_FIRST_PROMPT = `(() => {
  const check = () => {
    if (window.__benchPromptAt !== undefined) return;
    const rows = document.querySelector('.xterm-rows');
    const text = (rows ? rows.textContent : '').replace(/\\u00a0/g, ' ').trimEnd();
    if (/[$#]$/.test(text)) {
      window.__benchPromptAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, characterData: true });
  // The first Enter: the first command's answer is timed from it too.
  const onKey = (event) => {
    if (event.key !== 'Enter') return;
    window.__benchEnterAt = event.timeStamp;
    window.removeEventListener('keydown', onKey, true);
  };
  window.addEventListener('keydown', onKey, true);
})();`;

/** An expression, polled: true once a terminal row shows exactly `line`, noting when in __benchAnswerAt. */
export function watchAnswer(line: string): string {
  return `(() => {
  const shown = Array.from(document.querySelectorAll('.xterm-rows > div'))
    .some((row) => row.textContent.replace(/\\u00a0/g, ' ').trimEnd() === ${JSON.stringify(line)});
  if (shown && window.__benchAnswerAt === undefined) window.__benchAnswerAt = performance.now();
  return shown;
})()`;
}

/**
 * Measures each typed key from its keydown event's timestamp to (a) the terminal rows showing it
 * and (b) the end of the frame that paints it. xterm updates its rows inside an animation-frame
 * callback and the browser paints right after those callbacks in the same task, so a message
 * posted then is handled once the frame is painted (another rAF would wait a whole extra frame).
 * Samples go to __benchEcho.
 */
export function watchKeyEcho(typed: string): string {
  return `(() => {
  const typed = ${JSON.stringify(typed)};
  const result = { dom: [], frame: [] };
  window.__benchEcho = result;
  const rows = document.querySelector('.xterm-rows');
  const read = () => rows.textContent.replace(/\\u00a0/g, ' ');
  const pending = [];
  const painted = new MessageChannel();
  const waiting = [];
  painted.port1.onmessage = () => {
    const at = waiting.shift();
    result.frame.push(performance.now() - at);
  };
  let count = 0;
  window.addEventListener('keydown', (event) => {
    count += 1;
    pending.push({ at: event.timeStamp, shown: typed.slice(0, count) });
  }, { capture: true });
  new MutationObserver(() => {
    const text = read();
    const now = performance.now();
    while (pending.length > 0 && text.includes(pending[0].shown)) {
      const { at } = pending.shift();
      result.dom.push(now - at);
      waiting.push(at);
      painted.port2.postMessage(0);
    }
  }).observe(rows, { subtree: true, childList: true, characterData: true });
})();`;
}
