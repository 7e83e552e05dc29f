import { describe, expect, it } from 'vitest';
import { createWorld } from '../engine';
import { advanceClock, runLine } from './actions';
import { createAppStore } from './appStore';
import { fillTerminal, openSandbox, recordGoals, setLessonSection, startLesson, takeTerminalFill } from './lessonActions';
import { fakeStorage } from './persistence/fakeStorage';
import { loadSession } from './persistence/loadSession';
import { saveSession } from './persistence/saveSession';
import { restoreSession } from './persistence/sessionActions';
import { readLessonState } from './persistence/lessonProgress';

describe('lesson actions', () => {
  it('startLesson puts the lesson world in place and remounts the terminal; the sandbox keeps it', () => {
    const store = createAppStore();
    const world = createWorld({ profile: 'classic', seed: 7 });
    startLesson('bridge-networking', world, store);
    const state = store.getState();
    expect(state.world).toBe(world);
    expect(state.prompt).toBe('docker@default:~$ ');
    expect(state.ui.sessionEpoch).toBe(1);
    expect(state.lesson.current).toBe('bridge-networking');
    expect(state.lesson.progress).toEqual({ 'bridge-networking': { done: [] } });
    openSandbox(store);
    expect(store.getState().lesson.current).toBeNull();
    expect(store.getState().world).toBe(world);
  });

  it('recordGoals adds each goal once', () => {
    const store = createAppStore();
    recordGoals('l', ['a'], store);
    recordGoals('l', ['a', 'b'], store);
    expect(store.getState().lesson.progress).toEqual({ l: { done: ['a', 'b'] } });
  });

  it('fillTerminal hands one line to the terminal once', () => {
    const store = createAppStore();
    store.setState((s) => {
      s.ui.panels.terminal.collapsed = true;
    });
    fillTerminal('docker network ls\n', store);
    expect(store.getState().ui.panels.terminal.collapsed).toBe(false);
    expect(takeTerminalFill(store)).toBe('docker network ls');
    expect(takeTerminalFill(store)).toBeNull();
  });

  it('fillTerminal keeps a block\'s line breaks and indentation (a heredoc), dropping the ends\' blank lines', () => {
    const store = createAppStore();
    fillTerminal("\r\n  cat > a.py <<'EOF'\r\ndef f():\r\n    return 1\r\nEOF\n\n", store);
    expect(takeTerminalFill(store)).toBe("cat > a.py <<'EOF'\ndef f():\n    return 1\nEOF");
  });

  it('the last line\'s stderr is kept, including a pull job\'s failure, and cleared by the next line', () => {
    const store = createAppStore();
    runLine('docker exec nope ls', store);
    expect(store.getState().lesson.lastStderr).toBe('Error response from daemon: No such container: nope\n');
    runLine('', store);
    expect(store.getState().lesson.lastStderr).toBe('Error response from daemon: No such container: nope\n');
    runLine('docker ps -q', store);
    expect(store.getState().lesson.lastStderr).toBe('');
    runLine('docker run -d -p 80:80 nginx', store);
    advanceClock(20_000, store);
    runLine('docker run -d -p 80:80 nginx', store);
    expect(store.getState().lesson.lastStderr).toMatch(/port is already allocated/);
  });
});

describe('lesson progress in the saved session', () => {
  it('round-trips current lesson, section and progress', () => {
    const store = createAppStore();
    startLesson('containers', createWorld(), store);
    setLessonSection(2, store);
    recordGoals('containers', ['alpine-image'], store);
    const storage = fakeStorage();
    saveSession(storage, store.getState());
    const fresh = createAppStore();
    restoreSession(loadSession(storage).session!, fresh);
    const { current, section, progress } = fresh.getState().lesson;
    expect({ current, section, progress }).toEqual({ current: 'containers', section: 2, progress: { containers: { done: ['alpine-image'] } } });
  });

  it('a malformed or missing lesson value is ignored', () => {
    expect(readLessonState(undefined)).toBeNull();
    expect(readLessonState({ current: 3, section: 0, progress: {} })).toBeNull();
    expect(readLessonState({ current: null, section: 0, progress: { x: { done: [1] } } })).toBeNull();
    expect(readLessonState({ current: null, section: 1, progress: { x: { done: ['g'] } } })).toEqual({ current: null, section: 1, progress: { x: { done: ['g'] } } });
  });
});
