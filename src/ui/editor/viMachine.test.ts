import { describe, expect, it } from 'vitest';
import type { EditorWriteResult } from '../../store';
import { viKey, viRuler, viStart, viStatus, viText, type ViState } from './viMachine';

function fakeIo() {
  const calls: string[] = [];
  return {
    calls,
    io: {
      write(text: string, name?: string): EditorWriteResult {
        calls.push(`write ${JSON.stringify(text)}${name ? ` ${name}` : ''}`);
        return { ok: true, message: `"${name ?? 'f'}" written`, name: name ?? 'f', text };
      },
      quit() {
        calls.push('quit');
      },
    },
  };
}

function keys(s: ViState, seq: string[], io = fakeIo().io, flavour: 'vim' | 'busybox-vi' = 'vim'): ViState {
  return seq.reduce((st, k) => viKey(st, k, io, flavour), s);
}

const chars = (t: string) => [...t];

describe('vi machine', () => {
  it('i, typing, Esc, :wq writes the text with a final newline and quits', () => {
    const { io, calls } = fakeIo();
    const s = keys(viStart('', 'f', '"f" [New]'), ['i', ...chars('FROM a'), 'Enter', ...chars('RUN b'), 'Escape', ':', 'w', 'q', 'Enter'], io);
    expect(calls).toEqual(['write "FROM a\\nRUN b\\n"', 'quit']);
    expect(s.modified).toBe(false);
  });

  it(':q refuses a modified buffer (vim E37, busybox its own words); :q! quits anyway', () => {
    const { io, calls } = fakeIo();
    const edited = keys(viStart('abc\n', 'f', ''), ['x', ':', 'q', 'Enter'], io);
    expect(viStatus(edited, 'vim')).toBe('E37: No write since last change (add ! to override)');
    expect(edited.error).toBe(true);
    const bb = keys(viStart('abc\n', 'f', ''), ['x', ':', 'q', 'Enter'], io, 'busybox-vi');
    expect(viStatus(bb, 'busybox-vi')).toBe('No write since last change (:q! overrides)');
    expect(calls).toEqual([]);
    keys(edited, [':', 'q', '!', 'Enter'], io);
    expect(calls).toEqual(['quit']);
  });

  it(':x writes only when modified; :w name writes elsewhere', () => {
    const { io, calls } = fakeIo();
    keys(viStart('a\n', 'f', ''), [':', 'x', 'Enter'], io);
    expect(calls).toEqual(['quit']);
    const s = keys(viStart('a\n', 'f', ''), [':', ...chars('w other'), 'Enter'], io);
    expect(calls).toEqual(['quit', 'write "a\\n" other']);
    expect(viStatus(s, 'vim')).toBe('"other" written');
  });

  it('dd deletes a line, x a character, o opens a line below, a appends', () => {
    let s = keys(viStart('one\ntwo\nthree\n', 'f', ''), ['j', 'd', 'd']);
    expect(viText(s)).toBe('one\nthree\n');
    s = keys(s, ['x']);
    expect(viText(s)).toBe('one\nhree\n');
    s = keys(s, ['o', ...chars('new'), 'Escape']);
    expect(viText(s)).toBe('one\nhree\nnew\n');
    s = keys(s, ['k', '$', 'a', '!', 'Escape']);
    expect(viText(s)).toBe('one\nhree!\nnew\n');
  });

  it('arrows move in both modes; Backspace joins lines in insert mode', () => {
    const s = keys(viStart('ab\ncd\n', 'f', ''), ['ArrowDown', 'i', 'Backspace', 'Escape']);
    expect(viText(s)).toBe('abcd\n');
    expect([s.row, s.col]).toEqual([0, 1]);
  });

  it('unknown commands and the status lines', () => {
    const s = keys(viStart('a\n', 'f', ''), [':', ...chars('foo'), 'Enter']);
    expect(viStatus(s, 'vim')).toBe('E492: Not an editor command: foo');
    expect(viStatus(keys(viStart('a\n', 'f', ''), [':', ...chars('foo'), 'Enter'], fakeIo().io, 'busybox-vi'), 'busybox-vi')).toBe("'foo' is not implemented");
    const ins = keys(viStart('a\nb\n', 'f', ''), ['j', 'i', 'x']);
    expect(viStatus(ins, 'vim')).toBe('-- INSERT --');
    expect(viStatus(ins, 'busybox-vi')).toBe('I f [Modified] 2/2 100%');
    expect(viStatus(viStart('', '', ''), 'busybox-vi')).toBe('- No file 1/1 100%');
    expect(viRuler(ins)).toBe('2,2');
    expect(viStatus(keys(ins, ['Escape', ':', 'w']), 'vim')).toBe(':w');
  });
});
