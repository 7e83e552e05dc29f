// Browser entry: styles (xterm's, the self-hosted Bangla font, ours), then the React app.
import '@xterm/xterm/css/xterm.css';
import './ui/styles/fonts.css';
import './ui/styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { startPersistence } from './store';

// Restore the saved session before the first render, so the terminal starts on it.
try {
  startPersistence({ storage: window.localStorage, page: window });
} catch {
  // localStorage itself can be refused (privacy settings): the page runs without saving.
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
