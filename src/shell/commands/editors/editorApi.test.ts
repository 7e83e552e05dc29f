import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../engine/createWorld';
import type { World } from '../../../engine/world';
import { advance, complete, editorClose, editorSave, getEditor, getPrompt } from '../../index';
import { type, typeAll } from '../../testing/shellHarness';

const LIVE = { cols: 80 };

function current(): World {
  return createWorld({ profile: 'current' });
}

describe('nano as a job', () => {
  it('opens a new file: the job holds the name, path and an empty buffer', () => {
    const r = type(current(), 'nano Dockerfile');
    expect(r.running).toBe(true);
    expect(r.all).toBe('');
    expect(getEditor(r.world, 't1')).toEqual({ editor: 'nano', version: '7.2', name: 'Dockerfile', path: '/home/docker/Dockerfile', text: '', message: 'New File' });
  });

  it('reads an existing file and counts its lines as nano does', () => {
    const w = typeAll(current(), ['printf "FROM python\\nRUN x\\nCMD y" > Dockerfile', 'nano Dockerfile']).world;
    expect(getEditor(w, 't1')).toMatchObject({ text: 'FROM python\nRUN x\nCMD y', message: 'Read 3 lines' });
    const one = typeAll(current(), ['echo hi > a', 'nano a']).world;
    expect(getEditor(one, 't1')?.message).toBe('Read 1 line');
  });

  it('refuses a directory and starts a nameless buffer', () => {
    const w = typeAll(current(), ['mkdir x', 'nano x']).world;
    expect(getEditor(w, 't1')).toMatchObject({ name: '', path: '', message: '"x" is a directory' });
  });

  it('stays open on a live terminal and leaves silently after editorClose, then the rest of the line runs', () => {
    let w = type(current(), 'nano a && echo done').world;
    const still = advance(w, 't1', 1000, LIVE);
    expect(still.running).toBe(true);
    expect(still.output).toEqual([]);
    w = editorClose(still.world, 't1');
    const after = advance(w, 't1', 16, LIVE);
    expect(after.running).toBe(false);
    expect(after.output).toEqual([{ stream: 'stdout', text: 'done\n' }]);
    expect(after.prompt).toBe('docker@default:~$ ');
    expect(getEditor(after.world, 't1')).toBeNull();
  });

  it('without a live terminal (headless, no width) dies as nano does on a dead stdin', () => {
    const w = type(current(), 'nano a').world;
    const r = advance(w, 't1', 1000);
    expect(r.running).toBe(false);
    expect(r.output).toEqual([{ stream: 'stderr', text: 'Too many errors from stdin\n' }]);
    expect(r.exitCode).toBe(1);
  });

  it('with piped input it dies at once', () => {
    const r = type(current(), 'echo hi | nano a');
    expect(r.running).toBe(false);
    expect(r.stderr).toBe('Too many errors from stdin\n');
    expect(r.exitCode).toBe(1);
  });
});

describe('editorSave', () => {
  it('creates the file relative to the cwd, ending it with a newline, and says Wrote N lines', () => {
    const w = typeAll(current(), ['mkdir app', 'cd app', 'nano main.py']).world;
    const s = editorSave(w, 't1', 'print("hi")\nprint("bye")', undefined);
    expect(s.result).toEqual({ ok: true, message: 'Wrote 2 lines', name: 'main.py', text: 'print("hi")\nprint("bye")\n' });
    expect(getEditor(s.world, 't1')?.text).toBe('print("hi")\nprint("bye")\n');
    const closed = advance(editorClose(s.world, 't1'), 't1', 16, LIVE).world;
    expect(type(closed, 'cat main.py').stdout).toBe('print("hi")\nprint("bye")\n');
  });

  it('overwrites an existing file and can write under another name (^O with a new name)', () => {
    let w = typeAll(current(), ['echo old > f', 'nano f']).world;
    w = editorSave(w, 't1', 'new\n').world;
    const other = editorSave(w, 't1', 'copy\n', 'g');
    expect(other.result).toMatchObject({ ok: true, message: 'Wrote 1 line', name: 'g' });
    expect(getEditor(other.world, 't1')).toMatchObject({ name: 'g', path: '/home/docker/g' });
    const done = advance(editorClose(other.world, 't1'), 't1', 16, LIVE).world;
    expect(typeAll(done, ['cat f g']).stdout).toBe('new\ncopy\n');
  });

  it('reports a directory, a missing directory and a place the user may not write, as nano does', () => {
    const w = typeAll(current(), ['mkdir d', 'nano x']).world;
    expect(editorSave(w, 't1', 'a', 'd').result).toEqual({ ok: false, message: 'Error writing d: Is a directory' });
    expect(editorSave(w, 't1', 'a', 'nope/x').result).toEqual({ ok: false, message: 'Error writing nope/x: No such file or directory' });
    expect(editorSave(w, 't1', 'a', '/etc/motd').result).toEqual({ ok: false, message: 'Error writing /etc/motd: Permission denied' });
    expect(editorSave(w, 't1', 'a', '/tmp/ok').result).toMatchObject({ ok: true });
    expect(editorSave(w, 't1', 'a', '~/home.txt').result).toMatchObject({ ok: true, name: '~/home.txt' });
  });

  it('a nameless buffer has nothing to write to', () => {
    const w = type(current(), 'nano').world;
    expect(getEditor(w, 't1')).toMatchObject({ name: '', message: '' });
    expect(editorSave(w, 't1', 'x').result).toEqual({ ok: false, message: 'No file name' });
  });

  it('does nothing when no editor runs', () => {
    const w = current();
    const s = editorSave(w, 't1', 'x', 'f');
    expect(s.result).toEqual({ ok: false, message: 'no editor is running' });
    expect(s.world).toBe(w);
    expect(getPrompt(editorClose(w, 't1'), 't1')).toBe('docker@default:~$ ');
  });
});

describe('vi and vim', () => {
  it('vi on the current host is vim, with its messages', () => {
    let w = typeAll(current(), ['echo one > f', 'vi f']).world;
    expect(getEditor(w, 't1')).toMatchObject({ editor: 'vim', message: '"f" 1L, 4B' });
    w = editorSave(w, 't1', 'one\ntwo').world;
    expect(getEditor(w, 't1')?.text).toBe('one\ntwo\n');
    const n = typeAll(current(), ['vim new.txt']).world;
    expect(getEditor(n, 't1')?.message).toBe('"new.txt" [New]');
    expect(editorSave(n, 't1', 'a\n').result).toMatchObject({ ok: true, message: '"new.txt" [New] 1L, 2B written' });
    expect(editorSave(n, 't1', 'a\n', '/etc/x').result).toEqual({ ok: false, message: '"/etc/x" E212: Can\'t open file for writing' });
  });

  it('vi on the classic host (boot2docker) is busybox vi; nano and vim are not there', () => {
    const classic = createWorld({ profile: 'classic' });
    const w = type(classic, 'vi f').world;
    expect(getEditor(w, 't1')).toMatchObject({ editor: 'busybox-vi', message: '' });
    expect(editorSave(w, 't1', 'x\ny\n').result).toMatchObject({ ok: true, message: "'f' 2L, 4C" });
    expect(type(classic, 'nano f').stderr).toBe('bash: nano: command not found\n');
    expect(type(classic, 'vim f').stderr).toBe('bash: vim: command not found\n');
  });

  it('busybox vi without a terminal dies on the read', () => {
    const w = type(createWorld({ profile: 'classic' }), 'vi f').world;
    const r = advance(w, 't1', 1000);
    expect(r.output).toEqual([{ stream: 'stderr', text: "vi: can't read user input\n" }]);
    expect(r.exitCode).toBe(1);
  });

  it('inside a busybox container vi writes into the container, not the host', () => {
    let w = typeAll(current(), ['docker run -d --name box busybox sleep 1000', 'docker exec -it box sh', 'cd /tmp', 'vi note']).world;
    expect(getEditor(w, 't1')).toMatchObject({ editor: 'busybox-vi', path: '/tmp/note' });
    w = editorSave(w, 't1', 'hello').world;
    w = advance(editorClose(w, 't1'), 't1', 16, LIVE).world;
    expect(type(w, 'cat note').stdout).toBe('hello\n');
    w = type(w, 'exit').world;
    expect(type(w, 'cat /tmp/note').stderr).toBe('cat: /tmp/note: No such file or directory\n');
  });

  it('Debian-like images have no editor at all', () => {
    const w = typeAll(current(), ['docker run -d --name deb ubuntu sleep 1000', 'docker exec -it deb bash']).world;
    expect(type(w, 'nano f').stderr).toBe('bash: nano: command not found\n');
    expect(type(w, 'vi f').stderr).toBe('bash: vi: command not found\n');
  });
});

describe('Tab completion', () => {
  it('completes the file name after nano and vi', () => {
    const w = typeAll(current(), ['touch Dockerfile', 'mkdir app']).world;
    expect(complete(w, 't1', 'nano Doc', 8)).toEqual({ start: 5, end: 8, candidates: ['Dockerfile'] });
    expect(complete(w, 't1', 'vi ap', 5)).toEqual({ start: 3, end: 5, candidates: ['app/'] });
    expect(complete(w, 't1', 'nan', 3).candidates).toEqual(['nano']);
  });
});
