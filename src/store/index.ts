// The store's public surface.
export { appStore, createAppStore, type AppStore } from './appStore';
export type { AppState } from './appState';
export {
  runLine,
  advanceClock,
  advanceIdleClock,
  interrupt,
  currentPrompt,
  setLang,
  setPanelCollapsed,
  resizePanels,
  dismissBanglaNote,
  hasBangla,
  type StepResult,
} from './actions';
export {
  hostTabs,
  openHostTab,
  switchTerminal,
  completeLine,
  terminalHistory,
  setScreenReader,
  type HostTab,
} from './terminalActions';
export { EVENT_LOG_LIMIT, type LoggedEvent, type SessionSlice } from './sessionSlice';
export { PANEL_ORDER, type Lang, type PanelId, type PanelState, type UiSlice } from './uiSlice';
export {
  startPersistence,
  resetSession,
  dismissNotice,
  STORAGE_KEY,
  type SessionNotice,
} from './persistence';
export { editorOf, saveEditor, closeEditor, type EditorJobData, type EditorKind, type EditorWriteResult } from './editorActions';
export {
  startLesson,
  openSandbox,
  resumeLesson,
  setLessonSection,
  recordGoals,
  fillTerminal,
  takeTerminalFill,
} from './lessonActions';
export type { LessonSlice, LessonProgress, SavedLessonState } from './lessonSlice';
