// The editor drawn over a terminal while its foreground job is an editor (lazy-loaded: most
// sessions never open one). The terminal stays mounted underneath and gets the keyboard back
// when the editor closes.
import { useEffect } from 'react';
import type { EditorJobData } from '../../store';
import { useStrings } from '../useAppStore';
import { NanoEditor } from './NanoEditor';
import { ViEditor } from './ViEditor';
import './editor.css';

export default function EditorPanel({ terminalId, editor, active }: { terminalId: string; editor: EditorJobData; active: boolean }) {
  const t = useStrings();
  useEffect(
    () => () => {
      // The overlay goes when the job ends: the student types at the prompt again.
      window.pathshalaTerminal?.focus();
    },
    [],
  );
  return (
    <section className="editor-overlay" hidden={!active} aria-label={t.editorLabel}>
      <p className="editor-hint">{editor.editor === 'nano' ? t.editorNanoHint : t.editorViHint}</p>
      {editor.editor === 'nano' ? <NanoEditor terminalId={terminalId} editor={editor} /> : <ViEditor terminalId={terminalId} editor={editor} />}
    </section>
  );
}
