import { describe, it, expect } from 'vitest';
import * as shell from '../shell';
import { createWorld } from '../engine';
import { advanceClock, currentPrompt, dismissBanglaNote, hasBangla, interrupt, resizePanels, runLine, setLang, setPanelCollapsed } from './actions';
import { createAppStore } from './appStore';

describe('store actions', () => {
  it('runLine passes the shell outcome through and keeps its world', () => {
    const store = createAppStore();
    const expected = shell.runLine(createWorld(), 't1', 'echo hello');
    const result = runLine('echo hello', store);
    expect(result.output).toEqual(expected.output);
    expect(result.prompt).toBe(expected.prompt);
    expect(result.running).toBe(expected.running);
    const state = store.getState();
    expect(state.world).toEqual(expected.world);
    expect(state.prompt).toBe(expected.prompt);
    expect(state.lastExitCode).toBe(expected.exitCode);
  });

  it('advanceClock moves the virtual clock by the given milliseconds', () => {
    const store = createAppStore();
    const before = store.getState().world.now;
    advanceClock(250, store);
    advanceClock(16, store);
    expect(store.getState().world.now).toBe(before + 266);
  });

  it('interrupt stores the exit code of the interrupted line', () => {
    const store = createAppStore();
    const expected = shell.interrupt(createWorld(), 't1');
    interrupt(store);
    expect(store.getState().lastExitCode).toBe(expected.exitCode);
  });

  it('currentPrompt asks the shell for the terminal in the store', () => {
    const store = createAppStore();
    expect(currentPrompt(store)).toBe(shell.getPrompt(createWorld(), 't1'));
  });

  it('a line with Bangla turns on the note and reopens the lesson panel; the next plain line clears it', () => {
    const store = createAppStore();
    setPanelCollapsed('lesson', true, store);
    runLine('আমি ডকার শিখব', store);
    expect(store.getState().ui.banglaNote).toBe(true);
    expect(store.getState().ui.panels.lesson.collapsed).toBe(false);
    runLine('docker ps', store);
    expect(store.getState().ui.banglaNote).toBe(false);
    runLine('ডকার', store);
    dismissBanglaNote(store);
    expect(store.getState().ui.banglaNote).toBe(false);
  });

  it('hasBangla looks for the Bengali block only', () => {
    expect(hasBangla('docker ps')).toBe(false);
    expect(hasBangla('echo ৫')).toBe(true);
    expect(hasBangla('echo \u0980')).toBe(true);
    expect(hasBangla('echo \u0a00')).toBe(false);
  });

  it('language and panel actions change only the UI slice', () => {
    const store = createAppStore();
    const world = store.getState().world;
    setLang('en', store);
    setPanelCollapsed('views', true, store);
    resizePanels({ lesson: 2.5, terminal: 5.5, views: -1 }, store);
    const { ui } = store.getState();
    expect(ui.lang).toBe('en');
    expect(ui.panels).toEqual({
      lesson: { weight: 2.5, collapsed: false },
      terminal: { weight: 5.5, collapsed: false },
      views: { weight: 2.4, collapsed: true },
    });
    expect(store.getState().world).toBe(world);
  });

  it('stores are independent', () => {
    const a = createAppStore();
    const b = createAppStore();
    advanceClock(1000, a);
    expect(b.getState().world.now).toBe(a.getState().world.now - 1000);
  });
});
