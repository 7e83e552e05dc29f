// Host tabs and the terminal helpers that read the world: one terminal per simulated machine,
// which one the student types into, completion and history for a terminal, the screen-reader mode.
import type { Completion } from '../shell';
import type { World } from '../engine';
import { appStore, type AppStore } from './appStore';
import { promptOf, requireShell, shellIfLoaded } from './shellRuntime';
import { recordStep } from './timeline/timelineStore';

export interface HostTab {
  host: string;
  /** The terminal open on this host; undefined until its tab is first chosen. */
  terminalId?: string;
}

/** One tab per host, in the order the hosts were created, each with its first terminal. */
export function hostTabs(world: Pick<World, 'hosts' | 'terminals'>): HostTab[] {
  const terminals = Object.values(world.terminals);
  return Object.keys(world.hosts).map((host) => {
    const terminal = terminals.find((t) => t.host === host);
    return terminal ? { host, terminalId: terminal.id } : { host };
  });
}

/** Switch to a host's tab, opening a terminal on it the first time. Returns the terminal id. */
export function openHostTab(host: string, store: AppStore = appStore): string {
  const { world } = store.getState();
  const existing = hostTabs(world).find((tab) => tab.host === host)?.terminalId;
  if (existing) {
    switchTerminal(existing, store);
    return existing;
  }
  // Another host exists only after commands ran, so the shell is loaded by then.
  const opened = recordStep(store, { k: 'tab', host }, world, requireShell().openTerminal(world, host));
  store.setState((state) => {
    state.world = opened.world;
  });
  switchTerminal(opened.terminalId, store);
  return opened.terminalId;
}

export function switchTerminal(terminalId: string, store: AppStore = appStore): void {
  store.setState((state) => {
    if (!state.world.terminals[terminalId]) return;
    state.terminalId = terminalId;
    state.prompt = promptOf(state.world, terminalId);
    state.running = state.world.terminals[terminalId].job !== null;
  });
}

/** Tab completion for a terminal's line (nothing to offer in the moment before the shell is loaded). */
export function completeLine(terminalId: string, line: string, cursor: number, store: AppStore = appStore): Completion {
  const shell = shellIfLoaded();
  if (!shell) return { start: cursor, end: cursor, candidates: [] };
  return shell.complete(store.getState().world, terminalId, line, cursor);
}

/** Every line typed at a terminal (kept in the world, so it survives a reload). */
export function terminalHistory(terminalId: string, store: AppStore = appStore): string[] {
  return store.getState().world.terminals[terminalId]?.history ?? [];
}

export function setScreenReader(on: boolean, store: AppStore = appStore): void {
  store.setState((state) => {
    state.ui.screenReader = on;
  });
}
