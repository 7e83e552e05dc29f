// The editor panel's actions: write the buffer and quit, each one shell call whose new world
// replaces the store's. The job then ends on the terminal's next clock frame (see shell/editors).
import type { EditorJobData, EditorWriteResult } from '../shell';
import type { World } from '../engine';
import { appStore, type AppStore } from './appStore';
import { requireShell, shellIfLoaded } from './shellRuntime';
import { recordStep } from './timeline/timelineStore';

export type { EditorJobData, EditorKind, EditorWriteResult } from '../shell';

/** The editor running on a terminal, or null (a selector: the same object while the job is unchanged). */
export function editorOf(world: World, terminalId: string): EditorJobData | null {
  // Without the shell no command ran, so no editor can be open.
  return shellIfLoaded()?.getEditor(world, terminalId) ?? null;
}

/** nano's ^O / vi's :w — write `text` to the editor's file, or to `name`. */
export function saveEditor(terminalId: string, text: string, name?: string, store: AppStore = appStore): EditorWriteResult {
  const before = store.getState().world;
  const saved = recordStep(store, { k: 'save', t: terminalId, text, ...(name === undefined ? {} : { name }) }, before, requireShell().editorSave(before, terminalId, text, name));
  if (saved.world !== store.getState().world) {
    store.setState((state) => {
      state.world = saved.world;
    });
  }
  return saved.result;
}

/** nano's ^X / vi's :q — leave the editor; the terminal shows its prompt again. */
export function closeEditor(terminalId: string, store: AppStore = appStore): void {
  const before = store.getState().world;
  const next = recordStep(store, { k: 'close', t: terminalId }, before, { world: requireShell().editorClose(before, terminalId) }).world;
  store.setState((state) => {
    state.world = next;
  });
}
