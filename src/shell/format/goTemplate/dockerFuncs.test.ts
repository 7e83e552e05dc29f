import { describe, it, expect } from 'vitest';
import { executeTemplate, parseTemplate, type ParseOptions } from './template';

function run(src: string, data: unknown, opts: ParseOptions = {}): string {
  try {
    return executeTemplate(parseTemplate(src, opts), data);
  } catch (e) {
    return 'ERR ' + (e as Error).message;
  }
}

describe("docker's template functions", () => {
  it('json is compact and does not escape HTML', () => {
    expect(run('{{json .}}', { Name: 'a<b>&c', Ports: [80, 443], Labels: {}, Nil: null })).toBe('{"Name":"a<b>&c","Ports":[80,443],"Labels":{},"Nil":null}');
    expect(run('{{json .Missing}}', {})).toBe('null');
  });

  it('split, join, title, lower, upper', () => {
    expect(run('{{split "a:b:c" ":"}} {{split "ab" ""}}', null)).toBe('[a b c] [a b]');
    expect(run('{{join .A ", "}}', { A: ['x', 'y'] })).toBe('x, y');
    expect(run('{{join .A "-"}}', { A: [1, true] })).toBe('1-true');
    expect(run('{{join .M ","}}', { M: { b: 'z', a: 'y' } })).toBe('y,z');
    expect(run('{{join .S ","}}', { S: 'str' })).toBe('ERR template: :1:2: executing "" at <join .S ",">: error calling join: expected slice, got string');
    expect(run('{{join .A "-"}}', { A: [1] }, { legacy: true })).toBe('ERR template: :1:7: executing "" at <.A>: wrong type for value; expected []string; got []interface {}');
    expect(run('{{title "hello wide-world_x"}} {{lower "ABC"}} {{upper "abc"}}', null)).toBe('Hello Wide-World_x abc ABC');
  });

  it('pad and truncate', () => {
    expect(run('[{{pad "ab" 2 3}}][{{pad "" 2 3}}]', null)).toBe('[  ab   ][]');
    expect(run('{{truncate "abcdef" 3}} {{truncate "ab" 3}} {{truncate "abc" 3}}', null)).toBe('abc ab abc');
  });

  it('Go builtins: boolean logic, comparisons, index, slice, len, escapes', () => {
    expect(run('{{and 1 0 2}} {{or 0 "" "x"}} {{not .}}', false)).toBe('0 x true');
    expect(run('{{lt 1 2}} {{le 2 2}} {{gt "b" "a"}} {{ge 1 2}} {{ne "a" "b"}} {{eq 1 2 3 1}}', null)).toBe('true true true false true true');
    expect(run('{{index .M "k"}} {{index .A 1}} {{index .M "none"}}', { M: { k: 'v' }, A: ['a', 'b'] })).toBe('v b <no value>');
    expect(run('{{slice "abcdef" 1 3}} {{slice .}}', [1, 2])).toBe('bc [1 2]');
    expect(run('{{len "আমি"}} {{len .}}', { a: 1, b: 2 })).toBe('9 2');
    expect(run('{{html "<a href=\'x\'>"}} {{js "it\'s <b>"}} {{urlquery "a b&c=d/é"}}', null)).toBe(
      "&lt;a href=&#39;x&#39;&gt; it\\'s \\u003Cb\\u003E a+b%26c%3Dd%2F%C3%A9",
    );
    expect(run('{{print "a" 1 2}} {{println "x"}}', null)).toBe('a1 2 x\n');
    expect(run('{{printf "%-8s|%3d" .Name .N}}', { Name: 'web', N: 7 })).toBe('web     |  7');
  });

  it('comparison errors', () => {
    expect(run('{{lt .A 1}}', { A: [1] })).toBe('ERR template: :1:2: executing "" at <lt .A 1>: error calling lt: invalid type for comparison');
    expect(run('{{index . 1}}', [1])).toBe('ERR template: :1:2: executing "" at <index . 1>: error calling index: reflect: slice index out of range');
    expect(run('{{index .X 0}}', {})).toBe('ERR template: :1:2: executing "" at <index .X 0>: error calling index: index of untyped nil');
  });
});
