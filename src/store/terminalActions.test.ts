import { describe, expect, it } from 'vitest';
import { addHostTerminal } from '../engine/createWorld';
import { createHost } from '../engine/host/createHost';
import { advanceClock, currentPrompt, runLine } from './actions';
import { createAppStore } from './appStore';
import { completeLine, hostTabs, openHostTab, setScreenReader, switchTerminal, terminalHistory } from './terminalActions';

// A second machine, as docker-machine create would leave it.
function withNode2() {
  const store = createAppStore();
  store.setState((state) => {
    createHost({ world: state.world, events: [] }, { name: 'node2', ip: '192.168.99.101' });
  });
  return store;
}

describe('host tabs', () => {
  it('one tab per host; a host without a terminal gets one when its tab is chosen', () => {
    const store = withNode2();
    expect(hostTabs(store.getState().world)).toEqual([{ host: 'default', terminalId: 't1' }, { host: 'node2' }]);
    expect(openHostTab('node2', store)).toBe('t2');
    expect(store.getState().terminalId).toBe('t2');
    expect(hostTabs(store.getState().world)).toEqual([
      { host: 'default', terminalId: 't1' },
      { host: 'node2', terminalId: 't2' },
    ]);
    expect(store.getState().prompt).toBe('docker@node2:~$ ');
    expect(openHostTab('default', store)).toBe('t1');
    expect(store.getState().terminalId).toBe('t1');
  });

  it('each terminal keeps its own history; lines run on the terminal named', () => {
    const store = withNode2();
    openHostTab('node2', store);
    runLine('echo on node2', store);
    runLine('hostname', store, 't1');
    expect(terminalHistory('t2', store)).toEqual(['echo on node2']);
    expect(terminalHistory('t1', store)).toEqual(['hostname']);
    expect(currentPrompt(store, 't1')).toBe('docker@default:~$ ');
  });

  it("a job in a tab that is not active leaves the active tab's prompt alone", () => {
    const store = withNode2();
    openHostTab('node2', store);
    const result = runLine('sleep 5', store, 't1');
    expect(result.running).toBe(true);
    expect(store.getState().running).toBe(false);
    expect(advanceClock(5000, store, 't1').running).toBe(false);
    expect(store.getState().prompt).toBe('docker@node2:~$ ');
  });

  it('switching to a terminal that does not exist changes nothing', () => {
    const store = createAppStore();
    switchTerminal('t9', store);
    expect(store.getState().terminalId).toBe('t1');
  });

  it('a second terminal on the same host is not a second tab', () => {
    const store = createAppStore();
    store.setState((state) => {
      addHostTerminal(state.world, 't2', 'default');
    });
    expect(hostTabs(store.getState().world)).toEqual([{ host: 'default', terminalId: 't1' }]);
  });
});

describe('terminal helpers', () => {
  it('completes against the world in the store', () => {
    const store = createAppStore();
    expect(completeLine('t1', 'docker ru', 9, store)).toEqual({ start: 7, end: 9, candidates: ['run'] });
  });

  it('screen-reader mode is a UI setting', () => {
    const store = createAppStore();
    expect(store.getState().ui.screenReader).toBe(false);
    setScreenReader(true, store);
    expect(store.getState().ui.screenReader).toBe(true);
  });
});
