// What the page looks like: language, panel sizes and collapsed panels, the Bangla-input note.
import type { StateCreator } from 'zustand';
import type { AppState } from './appState';
import { initialBrowser, type BrowserState } from './browser/browserPage';
import type { SessionNotice } from './persistence/sessionSchema';

export type Lang = 'bn' | 'en';
export type PanelId = 'lesson' | 'terminal' | 'views';

export const PANEL_ORDER: readonly PanelId[] = ['lesson', 'terminal', 'views'];

export interface PanelState {
  /** Share of the free width among the open panels (flex-grow). */
  weight: number;
  collapsed: boolean;
}

export interface UiSlice {
  lang: Lang;
  panels: Record<PanelId, PanelState>;
  /** The student typed Bangla into the terminal: the lesson panel explains it takes commands. */
  banglaNote: boolean;
  /** Why the saved session could not be restored or saved (shown until dismissed). */
  notice: SessionNotice | null;
  /** Bumped when the session is reset, so the terminal remounts on the fresh world. */
  sessionEpoch: number;
  browser: BrowserState;
  /** xterm's screenReaderMode: the terminal's rows mirrored into an accessibility tree. */
  screenReader: boolean;
}

export function initialUi(): UiSlice {
  return {
    lang: 'bn',
    panels: {
      // The terminal gets the most room: docker's tables are wide.
      lesson: { weight: 2.6, collapsed: false },
      terminal: { weight: 6, collapsed: false },
      views: { weight: 2.4, collapsed: false },
    },
    banglaNote: false,
    notice: null,
    sessionEpoch: 0,
    browser: initialBrowser(),
    screenReader: false,
  };
}

export const createUiSlice: StateCreator<AppState, [['zustand/immer', never]], [], UiSlice> = () => initialUi();
