// Hosts the xterm terminal for the lifetime of the page.
import { useEffect, useRef } from 'react';
import { mountTerminal, type MountedTerminal } from '../terminal/xtermAdapter';
import { useStrings } from './useAppStore';

declare global {
  interface Window {
    /** For e2e tests and debugging: the terminal screen as text. */
    pathshalaTerminal?: MountedTerminal;
  }
}

export function TerminalPanel() {
  const t = useStrings();
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return;
    const terminal = mountTerminal(host.current);
    window.pathshalaTerminal = terminal;
    terminal.focus();
    return () => {
      if (window.pathshalaTerminal === terminal) delete window.pathshalaTerminal;
      terminal.dispose();
    };
  }, []);
  return <div className="terminal-host" ref={host} role="region" aria-label={t.terminalLabel} />;
}
