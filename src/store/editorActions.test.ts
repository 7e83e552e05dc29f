import { describe, expect, it } from 'vitest';
import { advanceClock, runLine } from './actions';
import { createAppStore } from './appStore';
import { closeEditor, editorOf, saveEditor } from './editorActions';

describe('editor actions', () => {
  it('nano Dockerfile, save, quit: the file is in the world and the prompt is back', () => {
    const store = createAppStore({ profile: 'current' });
    expect(runLine('nano Dockerfile', store).running).toBe(true);
    expect(editorOf(store.getState().world, 't1')).toMatchObject({ editor: 'nano', name: 'Dockerfile', message: 'New File' });
    expect(saveEditor('t1', 'FROM python:3\n', undefined, store)).toEqual({ ok: true, message: 'Wrote 1 line', name: 'Dockerfile', text: 'FROM python:3\n' });
    closeEditor('t1', store);
    const step = advanceClock(16, store, 't1', 80);
    expect(step).toEqual({ output: [], prompt: 'docker@default:~$ ', running: false });
    expect(editorOf(store.getState().world, 't1')).toBeNull();
    expect(runLine('cat Dockerfile', store).output).toEqual([{ stream: 'stdout', text: 'FROM python:3\n' }]);
  });
});
