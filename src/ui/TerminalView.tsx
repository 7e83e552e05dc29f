// One xterm for one terminal (a host tab). Inactive tabs stay mounted but hidden, so each keeps
// its screen and scrollback, and a job running in one goes on while another is shown.
import { useEffect, useRef } from 'react';
import { mountTerminal, terminalBackend, type MountedTerminal } from '../terminal/xtermAdapter';
import { appStore, takeTerminalFill } from '../store';
import { useAppStore, useStrings } from './useAppStore';

declare global {
  interface Window {
    /** For e2e tests and debugging: the active tab's terminal screen as text. */
    pathshalaTerminal?: MountedTerminal;
  }
}

export function TerminalView({ terminalId, host, active }: { terminalId: string; host: string; active: boolean }) {
  const t = useStrings();
  const screenReader = useAppStore((state) => state.ui.screenReader);
  const element = useRef<HTMLDivElement>(null);
  const mounted = useRef<MountedTerminal | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const terminal = mountTerminal(element.current, terminalBackend(terminalId), appStore.getState().ui.screenReader);
    mounted.current = terminal;
    return () => {
      if (window.pathshalaTerminal === terminal) delete window.pathshalaTerminal;
      mounted.current = null;
      terminal.dispose();
    };
  }, [terminalId]);

  useEffect(() => {
    mounted.current?.setScreenReaderMode(screenReader);
  }, [screenReader]);

  useEffect(() => {
    const terminal = mounted.current;
    if (!active || !terminal) return;
    window.pathshalaTerminal = terminal;
    terminal.focus();
  }, [active]);

  // The lesson panel's snippets and "show solution" type into the active tab's line.
  const fill = useAppStore((state) => state.lesson.fill);
  useEffect(() => {
    const terminal = mounted.current;
    if (!active || !terminal || !fill) return;
    const text = takeTerminalFill();
    if (text === null) return;
    terminal.fill(text);
    terminal.focus();
  }, [fill, active]);

  return (
    <div
      className="terminal-host"
      ref={element}
      id={`terminal-${terminalId}`}
      role="tabpanel"
      hidden={!active}
      aria-label={`${t.terminalLabel} — ${host}`}
    />
  );
}
