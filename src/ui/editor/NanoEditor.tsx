// nano in the browser: a textarea for the buffer between nano's title bar and its status and help
// lines. ^O writes (asking `File Name to Write:`), ^X leaves (asking `Save modified buffer?` when
// there are changes), ^K/^U cut and paste lines, ^W (or F6) searches, ^C tells the position.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { closeEditor, saveEditor, type EditorJobData } from '../../store';
import { cursorLocation, cutLine, findNext, pasteCut } from './nanoBuffer';
import { nanoShortcuts, type NanoBar } from './nanoBars';

type Prompt = { kind: 'write'; exiting: boolean; value: string } | { kind: 'save?' } | { kind: 'search'; value: string };

/** Ctrl+letter, or the function key nano binds to the same thing (F2 exit, F3 write, F6 search …). */
function command(e: KeyboardEvent): string | null {
  const fkeys: Record<string, string> = { F2: 'x', F3: 'o', F6: 'w', F9: 'k', F10: 'u', F11: 'c' };
  if (fkeys[e.key]) return fkeys[e.key];
  if (e.ctrlKey && !e.altKey && !e.metaKey && e.key.length === 1) return e.key.toLowerCase();
  return null;
}

export function NanoEditor({ terminalId, editor }: { terminalId: string; editor: EditorJobData }) {
  const [text, setText] = useState(editor.text);
  const [name, setName] = useState(editor.name);
  const [modified, setModified] = useState(false);
  const [status, setStatus] = useState(editor.message);
  const [prompt, setPrompt] = useState<Prompt | null>(null);
  const [lastSearch, setLastSearch] = useState('');
  const cut = useRef({ buffer: '', continuing: false });
  const area = useRef<HTMLTextAreaElement>(null);
  const promptInput = useRef<HTMLInputElement>(null);
  const yesNo = useRef<HTMLDivElement>(null);
  const caret = useRef<number | null>(null);

  useLayoutEffect(() => {
    if (caret.current === null || !area.current) return;
    area.current.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });

  // The keyboard follows nano's cursor: the edit area, or the question on the status line.
  const promptKind = prompt?.kind;
  useEffect(() => {
    if (promptKind === 'save?') yesNo.current?.focus();
    else if (promptKind) promptInput.current?.focus();
    else area.current?.focus();
  }, [promptKind]);

  const at = () => ({ text, cursor: area.current?.selectionStart ?? 0 });
  const quit = () => closeEditor(terminalId);

  const write = (answer: string, exiting: boolean) => {
    setPrompt(null);
    if (answer === '') return setStatus('Cancelled');
    const result = saveEditor(terminalId, text, answer);
    setStatus(result.message);
    if (!result.ok) return;
    setName(result.name);
    setModified(false);
    if (exiting) quit();
  };

  const onAreaKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    const key = command(e);
    if (key === null) return;
    const continuing = cut.current.continuing;
    cut.current.continuing = false;
    const handled = (): void => e.preventDefault();
    switch (key) {
      case 'o':
        handled();
        return setPrompt({ kind: 'write', exiting: false, value: name });
      case 'x':
        handled();
        return modified ? setPrompt({ kind: 'save?' }) : quit();
      case 'k': {
        handled();
        const next = cutLine(at(), continuing ? cut.current.buffer : '');
        cut.current = { buffer: next.cut, continuing: true };
        if (next.text !== text) {
          setText(next.text);
          setModified(true);
        }
        caret.current = next.cursor;
        return setStatus('');
      }
      case 'u': {
        handled();
        if (cut.current.buffer === '') return;
        const next = pasteCut(at(), cut.current.buffer);
        setText(next.text);
        setModified(true);
        caret.current = next.cursor;
        return setStatus('');
      }
      case 'w':
        handled();
        return setPrompt({ kind: 'search', value: '' });
      case 'c':
        handled();
        return setStatus(cursorLocation(at()));
      case 'g':
        handled();
        return;
      default:
    }
  };

  const search = (value: string) => {
    setPrompt(null);
    const term = value === '' ? lastSearch : value;
    if (term === '') return setStatus('Cancelled');
    setLastSearch(term);
    const found = findNext(at(), term);
    if (!found) return setStatus(`"${term}" not found`);
    caret.current = found.index;
    setStatus(found.wrapped ? 'Search Wrapped' : '');
  };

  const onPromptKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!prompt || prompt.kind === 'save?') return;
    const cancel = e.key === 'Escape' || (e.ctrlKey && e.key.toLowerCase() === 'c');
    if (!cancel && e.key !== 'Enter') return;
    e.preventDefault();
    if (cancel) {
      setPrompt(null);
      return setStatus('Cancelled');
    }
    if (prompt.kind === 'write') write(prompt.value, prompt.exiting);
    else search(prompt.value);
  };

  const onYesNoKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const k = e.key.toLowerCase();
    if (k === 'y') setPrompt({ kind: 'write', exiting: true, value: name });
    else if (k === 'n') quit();
    else if ((e.ctrlKey && k === 'c') || e.key === 'Escape') {
      setPrompt(null);
      setStatus('Cancelled');
    } else return;
    e.preventDefault();
  };

  const bar: NanoBar = prompt === null ? 'main' : prompt.kind === 'save?' ? 'yesno' : prompt.kind;
  return (
    <div className="nano">
      <div className="nano-title">
        <span>{`  GNU nano ${editor.version}`}</span>
        <span className="nano-title-name">{name === '' ? 'New Buffer' : name}</span>
        <span>{modified ? 'Modified  ' : ''}</span>
      </div>
      <textarea
        ref={area}
        className="editor-text"
        value={text}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        aria-label={`nano ${name}`}
        readOnly={prompt !== null}
        onChange={(e) => {
          setText(e.target.value);
          setModified(true);
          setStatus('');
          cut.current.continuing = false;
        }}
        onKeyDown={onAreaKey}
      />
      {prompt === null ? (
        <div className="nano-status" role="status">
          {status === '' ? '' : <span className="nano-reverse">{`[ ${status} ]`}</span>}
        </div>
      ) : prompt.kind === 'save?' ? (
        <div className="nano-prompt nano-reverse" ref={yesNo} tabIndex={0} onKeyDown={onYesNoKey} data-testid="nano-yesno">
          Save modified buffer?
        </div>
      ) : (
        <label className="nano-prompt nano-reverse">
          {prompt.kind === 'write' ? 'File Name to Write: ' : `Search${lastSearch ? ` [${lastSearch}]` : ''}: `}
          <input
            ref={promptInput}
            value={prompt.value}
            spellCheck={false}
            onChange={(e) => setPrompt({ ...prompt, value: e.target.value })}
            onKeyDown={onPromptKey}
          />
        </label>
      )}
      <div className="nano-help">
        {nanoShortcuts(bar, editor.version).map((row, i) => (
          <div key={i} className="nano-help-row">
            {row.map(([key, label]) => (
              <span key={key} className="nano-help-item">
                <span className="nano-reverse">{key}</span> {label}
              </span>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
