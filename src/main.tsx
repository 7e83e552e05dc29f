// Browser entry: styles (xterm's, the self-hosted Bangla font, ours), then the React app.
// The first chunk holds what the first prompt needs (React, xterm, the store, a fresh world); the
// shell and most of the engine come after it is painted (store/shellRuntime.ts).
import '@xterm/xterm/css/xterm.css';
import './ui/styles/fonts.css';
import './ui/styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { startPersistence } from './store';
import { restoreNeedsShell } from './store/persistence/restoreNeedsShell';
import { loadShell } from './store/shellRuntime';
import { afterFirstPrompt } from './ui/afterFirstPrompt';

async function boot(): Promise<void> {
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    // localStorage itself can be refused (privacy settings): the page runs without saving.
  }
  // A restored session may stand in a container shell or a REPL, or have a job to hang up: only
  // the shell knows those prompts, so it comes first. A host prompt's needs none of it.
  if (storage && restoreNeedsShell(storage)) await loadShell().catch(() => undefined);
  try {
    if (storage) startPersistence({ storage, page: window });
  } catch {
    // Storage that fails mid-way: the page runs without saving.
  }

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  afterFirstPrompt(() => void loadShell());
  // postgres containers' SQL goes to PGlite in a worker (store/db/), loaded when first needed.
  afterFirstPrompt(() => void import('./store/db/startBrowserSql').then((m) => m.startBrowserSql()));
}

void boot();
