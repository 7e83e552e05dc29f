import { describe, it, expect } from 'vitest';
import { createAppStore } from '../appStore';
import { advanceClock, runLine, setLang, setPanelCollapsed } from '../actions';
import { openHostTab, setScreenReader } from '../terminalActions';
import { fakeStorage } from './fakeStorage';
import { loadSession } from './loadSession';
import { saveSession, sessionSnapshot } from './saveSession';
import { SCHEMA_VERSION, STORAGE_KEY } from './sessionSchema';
import { resetSession, restoreSession } from './sessionActions';
import { validateSession } from './validateSession';

function storeWithContainer() {
  const store = createAppStore();
  runLine('docker run -d --name web busybox sleep 1000', store);
  advanceClock(10_000, store); // the pull plays out as a foreground job
  setLang('en', store);
  setPanelCollapsed('views', true, store);
  return store;
}

describe('save and load', () => {
  it('a saved session loads back equal, and restores the world, history, panels and language', () => {
    const storage = fakeStorage();
    const saved = storeWithContainer();
    expect(saveSession(storage, saved.getState())).toBeNull();
    const loaded = loadSession(storage);
    expect(loaded).toEqual({ session: sessionSnapshot(saved.getState()) });

    const fresh = createAppStore();
    restoreSession(loaded.session!, fresh);
    const state = fresh.getState();
    expect(state.world).toEqual(saved.getState().world);
    expect(state.world.terminals.t1.history).toEqual(['docker run -d --name web busybox sleep 1000']);
    expect(state.ui.lang).toBe('en');
    expect(state.ui.panels.views.collapsed).toBe(true);
    expect(state.prompt).toBe(saved.getState().prompt);
    expect(runLine('docker ps --format {{.Names}}', fresh).output).toEqual([{ stream: 'stdout', text: 'web\n' }]);
  });

  it('nothing stored: nothing to restore and no notice', () => {
    expect(loadSession(fakeStorage())).toEqual({});
  });

  it('corrupt JSON: a notice, and the bad value is removed', () => {
    const storage = fakeStorage();
    storage.setItem(STORAGE_KEY, '{"schema":1,"world":');
    expect(loadSession(storage)).toEqual({ notice: 'corrupt' });
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('a session from another schema version: the version notice, and it is removed', () => {
    const storage = fakeStorage();
    storage.setItem('docker-pathshala:session:v0', '{"schema":0}');
    expect(loadSession(storage)).toEqual({ notice: 'version' });
    expect(storage.map.size).toBe(0);
    storage.setItem(STORAGE_KEY, JSON.stringify({ ...sessionSnapshot(createAppStore().getState()), schema: SCHEMA_VERSION + 1 }));
    expect(loadSession(storage)).toEqual({ notice: 'version' });
  });

  it('storage that throws on read is treated as empty', () => {
    const storage = fakeStorage();
    storage.getItem = () => {
      throw new Error('SecurityError');
    };
    expect(loadSession(storage)).toEqual({});
  });

  it('over quota: the quota notice, and the last value that fitted stays', () => {
    const small = createAppStore();
    const big = storeWithContainer();
    const limit = JSON.stringify(sessionSnapshot(small.getState())).length + STORAGE_KEY.length;
    const storage = fakeStorage(limit);
    expect(saveSession(storage, small.getState())).toBeNull();
    const before = storage.getItem(STORAGE_KEY);
    expect(saveSession(storage, big.getState())).toBe('quota');
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
  });
});

describe('validateSession', () => {
  const good = () => JSON.parse(JSON.stringify(sessionSnapshot(storeWithContainer().getState())));

  it('accepts a saved session', () => {
    expect(validateSession(good()).ok).toBe(true);
  });

  const broken: [string, (s: ReturnType<typeof good>) => void, 'version' | 'invalid'][] = [
    ['not an object', (s) => Object.keys(s).forEach((k) => delete s[k]), 'version'],
    ['an old world version', (s) => (s.world.version = 0), 'version'],
    ['no hosts', (s) => (s.world.hosts = {}), 'invalid'],
    ['a host without a daemon', (s) => delete s.world.hosts.default.daemon, 'invalid'],
    ['containers as a string', (s) => (s.world.hosts.default.daemon.containers = ''), 'invalid'],
    ['an unknown profile', (s) => (s.world.profile = 'docker-1.0'), 'invalid'],
    ['a clock that is not a number', (s) => (s.world.now = 'noon'), 'invalid'],
    ['the terminal missing', (s) => (s.terminalId = 't9'), 'invalid'],
    ['a terminal on a missing host', (s) => (s.world.terminals.t1.host = 'myvm1'), 'invalid'],
    ['no frames', (s) => (s.world.terminals.t1.frames = []), 'invalid'],
    ['history with a number', (s) => s.world.terminals.t1.history.push(42), 'invalid'],
    ['an unknown language', (s) => (s.ui.lang = 'fr'), 'invalid'],
    ['a screen-reader setting that is not a boolean', (s) => (s.ui.screenReader = 'yes'), 'invalid'],
    ['a panel without a weight', (s) => delete s.ui.panels.lesson.weight, 'invalid'],
    ['a frame without a working directory', (s) => delete s.world.terminals.t1.frames[0].cwd, 'invalid'],
  ];
  it.each(broken)('rejects %s', (_name, spoil, reason) => {
    const session = good();
    spoil(session);
    expect(validateSession(session)).toEqual({ ok: false, reason });
  });

  it('rejects non-objects', () => {
    for (const value of [null, 42, 'session', [], true]) expect(validateSession(value)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('session actions', () => {
  it('a session saved while a job ran restores at a prompt', () => {
    const store = createAppStore();
    runLine('sleep 100', store);
    expect(store.getState().running).toBe(true);
    const fresh = createAppStore();
    restoreSession(sessionSnapshot(store.getState()), fresh);
    expect(fresh.getState().world.terminals.t1.job).toBeNull();
    expect(fresh.getState().running).toBe(false);
    expect(fresh.getState().prompt).toBe('docker@default:~$ ');
    expect(runLine('echo $?', fresh).output).toEqual([{ stream: 'stdout', text: '130\n' }]);
  });

  it('jobs in every tab end on restore; the active tab and the screen-reader setting come back', () => {
    const store = createAppStore();
    runLine('sleep 100', store);
    openHostTab('default', store);
    setScreenReader(true, store);
    const fresh = createAppStore();
    restoreSession(sessionSnapshot(store.getState()), fresh);
    expect(Object.values(fresh.getState().world.terminals).map((t) => t.job)).toEqual([null]);
    expect(fresh.getState().ui.screenReader).toBe(true);
  });

  it('reset starts a fresh world in the same era, keeps the language and remounts the terminal', () => {
    const store = createAppStore({ profile: 'classic' });
    runLine('docker run -d busybox sleep 1000', store);
    advanceClock(10_000, store); // the pull plays out as a foreground job
    setLang('en', store);
    resetSession(store);
    const state = store.getState();
    expect(state.world).toEqual(createAppStore({ profile: 'classic' }).getState().world);
    expect(state.ui.lang).toBe('en');
    expect(state.ui.sessionEpoch).toBe(1);
  });
});
