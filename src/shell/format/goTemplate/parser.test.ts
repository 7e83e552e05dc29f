import { describe, it, expect } from 'vitest';
import { parseTemplate } from './template';

function parseError(src: string): string {
  try {
    parseTemplate(src);
  } catch (e) {
    return (e as Error).message;
  }
  return 'parsed';
}

describe('parse errors carry Go text/template messages', () => {
  it.each([
    ['{{foo}}', 'template: :1: function "foo" not defined'],
    ['{{"a"}', 'template: :1: unexpected "}" in operand'],
    ['{{.Names}', "template: :1: bad character U+007D '}'"],
    ['{{.Names', 'template: :1: unclosed action'],
    ['a\n{{.Names', 'template: :2: unclosed action'],
    ['{{.Names\n', 'template: :2: unclosed action started at :1'],
    ['{{end}}', 'template: :1: unexpected {{end}}'],
    ['{{else}}', 'template: :1: unexpected {{else}}'],
    ['{{if .X}}a', 'template: :1: unexpected EOF'],
    ['{{range}}{{end}}', 'template: :1: missing value for range'],
    ['{{if}}{{end}}', 'template: :1: missing value for if'],
    ['{{}}', 'template: :1: missing value for command'],
    ['{{$x}}', 'template: :1: undefined variable "$x"'],
    ['{{.X | "a"}}', 'template: :1: non executable command in pipeline stage 2'],
    ['{{/* x }}', 'template: :1: unclosed comment'],
    ['{{/* x */ .X}}', 'template: :1: comment ends before closing delimiter'],
    ['{{"abc}}', 'template: :1: unterminated quoted string'],
    ['{{3x}}', 'template: :1: bad number syntax: "3x"'],
    ['{{(.X}}', 'template: :1: unclosed left paren'],
    ['{{.X)}}', 'template: :1: unexpected right paren'],
    ['{{break}}', 'template: :1: {{break}} outside {{range}}'],
    ['{{"a".X}}', 'template: :1: unexpected . after term "\\"a\\""'],
    ['{{$a, $b := .}}', 'template: :1: too many declarations in command'],
    ['{{if .X}}{{else}}{{else}}{{end}}', 'template: :1: expected end; found {{else}}'],
    ['{{.X €}}', "template: :1: unrecognized character in action: U+20AC '€'"],
    ['{{.X 漢}}', 'template: :1: function "漢" not defined'],
  ])('%s', (src, msg) => {
    expect(parseError(src)).toBe(msg);
  });

  it('accepts the forms docker users write', () => {
    for (const src of [
      'table {{.ID}}\t{{.Names}}',
      '{{range $k, $v := .Config.Labels}}{{$k}}={{$v}} {{end}}',
      '{{range .Mounts}}{{.Source}}{{else}}none{{end}}',
      '{{if eq .State.Status "running"}}up{{else if .State.Paused}}paused{{else}}down{{end}}',
      '{{with .NetworkSettings}}{{.IPAddress}}{{end}}',
      '{{- /* comment */ -}}',
      '{{(index .Ports "80/tcp") | json}}',
      "{{printf \"%s\" 'a' -1 0x1F 1e3 `raw`}}",
      '{{range $i := .}}{{if $i}}{{break}}{{end}}{{continue}}{{end}}',
    ]) {
      expect(parseError(src)).toBe('parsed');
    }
  });
});
