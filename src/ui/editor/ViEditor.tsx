// vi in the browser (vim on Ubuntu, busybox vi on boot2docker and in busybox/alpine containers):
// the lines with `~` below the end, a block cursor, and the bottom line; keys go to viMachine.
import { useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { closeEditor, saveEditor, type EditorJobData } from '../../store';
import { viKey, viRuler, viStart, viStatus, type ViIo, type ViState } from './viMachine';

const FILLER_ROWS = 60;

function Line({ text, cursor }: { text: string; cursor: number | null }) {
  if (cursor === null) return <div className="vi-line">{text === '' ? '\u00a0' : text}</div>;
  return (
    <div className="vi-line">
      {text.slice(0, cursor)}
      <span className="vi-cursor">{text[cursor] ?? '\u00a0'}</span>
      {text.slice(cursor + 1)}
    </div>
  );
}

export function ViEditor({ terminalId, editor }: { terminalId: string; editor: EditorJobData }) {
  const flavour = editor.editor === 'busybox-vi' ? 'busybox-vi' : 'vim';
  const [state, setState] = useState<ViState>(() => viStart(editor.text, editor.name, editor.message));
  const screen = useRef<HTMLDivElement>(null);
  const latest = useRef(state);
  latest.current = state;

  useEffect(() => screen.current?.focus(), []);

  const io: ViIo = {
    write: (text, name) => saveEditor(terminalId, text, name),
    quit: () => closeEditor(terminalId),
  };

  const feed = (keys: string[]) => {
    let s = latest.current;
    for (const k of keys) s = viKey(s, k, io, flavour);
    latest.current = s;
    setState(s);
  };

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.metaKey || e.altKey) return;
    if (e.ctrlKey) {
      // Ctrl-[ is Escape to vi; other Ctrl keys stay the browser's.
      if (e.key !== '[') return;
      e.preventDefault();
      return feed(['Escape']);
    }
    if (e.key.length > 1 && !['Escape', 'Enter', 'Backspace', 'Tab', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(e.key)) return;
    e.preventDefault();
    feed([e.key]);
  };

  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    e.preventDefault();
    if (latest.current.mode !== 'insert') return;
    feed([...e.clipboardData.getData('text').replace(/\r\n?/g, '\n')].map((c) => (c === '\n' ? 'Enter' : c)));
  };

  const status = viStatus(state, flavour);
  return (
    <div className="vi" ref={screen} tabIndex={0} onKeyDown={onKey} onPaste={onPaste} role="textbox" aria-multiline="true" aria-label={`vi ${state.name}`} data-testid="vi-screen">
      <div className="vi-lines">
        {state.lines.map((line, i) => (
          <Line key={i} text={line} cursor={i === state.row && state.mode !== 'command' ? state.col : null} />
        ))}
        {Array.from({ length: FILLER_ROWS }, (_, i) => (
          <div key={`~${i}`} className="vi-line vi-filler">
            ~
          </div>
        ))}
      </div>
      <div className={`vi-status${state.error && state.mode !== 'command' ? ' vi-error' : ''}`} role="status">
        <span>{status === '' ? '\u00a0' : status}</span>
        {flavour === 'vim' && <span className="vi-ruler">{`${viRuler(state)}${' '.repeat(11)}All`}</span>}
      </div>
    </div>
  );
}
