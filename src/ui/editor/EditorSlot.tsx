// Where an editor appears over a terminal: renders nothing until the terminal's foreground job is
// an editor, then loads the editor panel's chunk (kept out of the initial bundle).
import { lazy, Suspense } from 'react';
import { editorOf } from '../../store';
import { useAppStore } from '../useAppStore';

const EditorPanel = lazy(() => import('./EditorPanel'));

export function EditorSlot({ terminalId, active }: { terminalId: string; active: boolean }) {
  const editor = useAppStore((state) => editorOf(state.world, terminalId));
  const startedAt = useAppStore((state) => state.world.terminals[terminalId]?.job?.startedAt);
  if (!editor || editor.closed) return null;
  return (
    <Suspense fallback={null}>
      <EditorPanel key={startedAt} terminalId={terminalId} editor={editor} active={active} />
    </Suspense>
  );
}
