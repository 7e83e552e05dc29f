import { describe, it, expect } from 'vitest';
import { Incomplete, parseScript, ShellSyntaxError } from './parser';
import type { Script, Word } from './ast';

const lit = (v: string, quoted = false): Word => ({ parts: [{ t: 'lit', v, quoted }] });
const simple = (words: Word[], extra: Partial<{ assigns: { name: string; value: Word }[]; redirects: unknown[] }> = {}) => ({
  t: 'simple',
  assigns: extra.assigns ?? [],
  words,
  redirects: extra.redirects ?? [],
});
const one = (...cmds: ReturnType<typeof simple>[]): Script =>
  ({ t: 'script', items: [{ t: 'andor', first: { t: 'pipeline', negated: false, commands: cmds }, rest: [], background: false }] }) as Script;

describe('parser', () => {
  it('parses quoting into word parts', () => {
    expect(parseScript(`echo 'a b' "c $X" d\\ e`)).toEqual(
      one(
        simple([
          lit('echo'),
          lit('a b', true),
          { parts: [{ t: 'lit', v: 'c ', quoted: true }, { t: 'var', name: 'X', quoted: true }] },
          { parts: [{ t: 'lit', v: 'd', quoted: false }, { t: 'lit', v: ' ', quoted: true }, { t: 'lit', v: 'e', quoted: false }] },
        ]),
      ),
    );
  });

  it('parses pipelines, && and ||, and lists', () => {
    const s = parseScript('a | b && c || d; e');
    expect(s.items).toHaveLength(2);
    expect(s.items[0].first.commands.map((c) => (c.t === 'simple' ? c.words[0] : null))).toEqual([lit('a'), lit('b')]);
    expect(s.items[0].rest.map((r) => r.op)).toEqual(['&&', '||']);
    expect(s.items[1].first.commands[0]).toMatchObject({ t: 'simple', words: [lit('e')] });
  });

  it('parses assignments, redirections and command substitution', () => {
    expect(parseScript('X=1 cmd >out 2>&1 <in')).toEqual(
      one(
        simple([lit('cmd')], {
          assigns: [{ name: 'X', value: lit('1') }],
          redirects: [
            { t: 'file', fd: 1, op: '>', target: lit('out') },
            { t: 'dup', fd: 2, to: 1 },
            { t: 'file', fd: 0, op: '<', target: lit('in') },
          ],
        }),
      ),
    );
    expect(parseScript('echo $(pwd)')).toEqual(one(simple([lit('echo'), { parts: [{ t: 'cmdsub', script: one(simple([lit('pwd')])), quoted: false }] }])));
  });

  it('reads here-document bodies, quoted delimiters without expansion', () => {
    const s = parseScript("cat > app/main.py <<'EOF'\nprint($X)\nEOF");
    expect(s.items[0].first.commands[0].redirects).toEqual([
      { t: 'file', fd: 1, op: '>', target: lit('app/main.py') },
      { t: 'heredoc', fd: 0, body: lit('print($X)\n', true), expand: false },
    ]);
    const u = parseScript('cat <<-EOF\n\thi $X\n\tEOF');
    expect(u.items[0].first.commands[0].redirects).toEqual([
      { t: 'heredoc', fd: 0, body: { parts: [{ t: 'lit', v: 'hi ', quoted: true }, { t: 'var', name: 'X', quoted: true }, { t: 'lit', v: '\n', quoted: true }] }, expand: true },
    ]);
  });

  it('reports incomplete input and syntax errors', () => {
    expect(() => parseScript('echo "abc')).toThrow(Incomplete);
    expect(() => parseScript('cat <<EOF\nabc')).toThrow(Incomplete);
    expect(() => parseScript('ls |')).toThrow(Incomplete);
    const err = (src: string): string => {
      try {
        parseScript(src);
      } catch (e) {
        return (e as ShellSyntaxError).token;
      }
      return '';
    };
    expect(err('| ls')).toBe('|');
    expect(err('ls ;; x')).toBe(';;');
    expect(err('echo >')).toBe('newline');
    expect(err('&& x')).toBe('&&');
  });

  it('skips comments', () => {
    expect(parseScript('# hi\necho a # b')).toEqual(one(simple([lit('echo'), lit('a')])));
  });
});
