// A tab per simulated machine (docker-machine creates more), each with its own terminal.
import { hostTabs, openHostTab } from '../store';
import { useAppStore, useStrings } from './useAppStore';

export function HostTabs() {
  const t = useStrings();
  const hosts = useAppStore((state) => state.world.hosts);
  const terminals = useAppStore((state) => state.world.terminals);
  const active = useAppStore((state) => state.terminalId);
  const tabs = hostTabs({ hosts, terminals });
  return (
    <div className="host-tabs" role="tablist" aria-label={t.hostTabs}>
      {tabs.map((tab) => {
        const selected = tab.terminalId !== undefined && tab.terminalId === active;
        return (
          <button
            key={tab.host}
            type="button"
            role="tab"
            className="host-tab"
            aria-selected={selected}
            aria-controls={tab.terminalId ? `terminal-${tab.terminalId}` : undefined}
            title={t.hostTabTitle.replace('{host}', tab.host)}
            onClick={() => openHostTab(tab.host)}
          >
            {tab.host}
          </button>
        );
      })}
    </div>
  );
}
