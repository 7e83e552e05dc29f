// The terminal panel: host tabs and the screen-reader toggle over one terminal per open tab.
import { Fragment } from 'react';
import { hostTabs } from '../store';
import { HostTabs } from './HostTabs';
import { ScreenReaderToggle } from './ScreenReaderToggle';
import { TerminalView } from './TerminalView';
import { EditorSlot } from './editor/EditorSlot';
import { useAppStore } from './useAppStore';

export function TerminalPanel() {
  const hosts = useAppStore((state) => state.world.hosts);
  const terminals = useAppStore((state) => state.world.terminals);
  const active = useAppStore((state) => state.terminalId);
  const open = hostTabs({ hosts, terminals }).filter((tab) => tab.terminalId);
  // A host removed (docker-machine rm) takes its tab away; the first tab then shows.
  const shown = open.some((tab) => tab.terminalId === active) ? active : open[0]?.terminalId;
  return (
    <div className="terminal-panel">
      <div className="terminal-toolbar">
        <HostTabs />
        <ScreenReaderToggle />
      </div>
      <div className="terminal-views">
        {open.map((tab) => (
          <Fragment key={tab.terminalId}>
            <TerminalView terminalId={tab.terminalId!} host={tab.host} active={tab.terminalId === shown} />
            <EditorSlot terminalId={tab.terminalId!} active={tab.terminalId === shown} />
          </Fragment>
        ))}
      </div>
    </div>
  );
}
