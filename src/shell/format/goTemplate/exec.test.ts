import { describe, it, expect } from 'vitest';
import { goStruct } from './goValues';
import { executeTemplate, parseTemplate, type ExecOptions } from './template';

function run(src: string, data: unknown, opts: ExecOptions = {}): string {
  try {
    return executeTemplate(parseTemplate(src), data, opts);
  } catch (e) {
    return 'ERR ' + (e as Error).message;
  }
}

const container = {
  Id: '4d5b9c2a1f3e',
  Name: '/web',
  State: { Status: 'running', Running: true, Pid: 1234, ExitCode: 0 },
  Config: { Labels: { 'com.example': 'x', app: 'web' }, Env: ['A=1', 'B=2'] },
  NetworkSettings: { IPAddress: '', Networks: { mynet: { IPAddress: '172.18.0.2' }, bridge: { IPAddress: '172.17.0.2' } } },
  Mounts: [],
  HostConfig: { Memory: 536870912, CpuShares: 0 },
  Nil: null,
};

describe('executeTemplate output', () => {
  it('walks fields, maps and nested maps', () => {
    expect(run('{{.State.Status}} {{.NetworkSettings.Networks.mynet.IPAddress}} {{.Name}}', container)).toBe('running 172.18.0.2 /web');
  });

  it('prints values the way Go fmt does', () => {
    expect(run('{{.Config.Labels}}|{{.Config.Env}}|{{.Mounts}}|{{.State.Running}}|{{.HostConfig.Memory}}', container)).toBe(
      'map[app:web com.example:x]|[A=1 B=2]|[]|true|536870912',
    );
    expect(run('{{.}}', 0.5)).toBe('0.5');
    expect(run('{{.}}', 1234567.5)).toBe('1.2345675e+06');
    expect(run('{{.}}', 2.5e6)).toBe('2500000');
    expect(run('{{.Missing}} {{.Nil}} {{.Missing.Deeper}}', container)).toBe('<no value> <no value> <no value>');
    expect(run('{{.}}', [null, 'a', { b: null }])).toBe('[<nil> a map[b:<nil>]]');
    expect(run('{{.}}', goStruct('T', { A: 1, B: 'x' }))).toBe('{1 x}');
  });

  it('ranges over slices, sorted maps and ints, with else', () => {
    expect(run('{{range .Config.Env}}[{{.}}]{{end}}', container)).toBe('[A=1][B=2]');
    expect(run('{{range $i, $e := .Config.Env}}{{$i}}:{{$e}} {{end}}', container)).toBe('0:A=1 1:B=2 ');
    expect(run('{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}};{{end}}', container)).toBe('bridge=172.17.0.2;mynet=172.18.0.2;');
    expect(run('{{range .Mounts}}x{{else}}no mounts{{end}}', container)).toBe('no mounts');
    expect(run('{{range .Missing}}x{{else}}none{{end}}', container)).toBe('none');
    expect(run('{{range 3}}{{.}}{{end}}', null)).toBe('012');
    expect(run('{{range .}}{{if eq . 2}}{{continue}}{{end}}{{if eq . 4}}{{break}}{{end}}{{.}}{{end}}', [1, 2, 3, 4, 5])).toBe('13');
  });

  it('handles if / else if / with and variables', () => {
    const src = '{{if eq .State.Status "exited"}}E{{else if .State.Running}}R{{else}}?{{end}}';
    expect(run(src, container)).toBe('R');
    expect(run('{{with .NetworkSettings.Networks.mynet}}{{.IPAddress}}{{else}}none{{end}}', container)).toBe('172.18.0.2');
    expect(run('{{with .NetworkSettings.IPAddress}}{{.}}{{else}}none{{end}}', container)).toBe('none');
    expect(run('{{$n := .Name}}{{$n}} {{$n = "x"}}{{$n}} {{$.Id}}', container)).toBe('/web x 4d5b9c2a1f3e');
    expect(run('{{range .Config.Env}}{{$.Name}}{{end}}', container)).toBe('/web/web');
  });

  it('trims around - markers and drops comments', () => {
    expect(run('a  {{- .X -}}  b {{/* note */}}c{{- /* x */ -}}  d', { X: 1 })).toBe('a1b cd');
    expect(run('{{-3}}', null)).toBe('-3');
  });

  it('runs pipelines and parenthesised calls', () => {
    expect(run('{{.Config.Labels | json}}', container)).toBe('{"com.example":"x","app":"web"}');
    expect(run('{{json .}}', { s: '<a&b>' })).toBe('{"s":"<a&b>"}');
    expect(run('{{json .Name}} {{.Name | printf "%q"}}', container)).toBe('"/web" "/web"');
    expect(run('{{(index .Config.Labels "com.example") | upper}}', container)).toBe('X');
    expect(run('{{len (split "a,b,c" ",")}}', null)).toBe('3');
  });
});

describe('executeTemplate errors', () => {
  it('reports missing map keys under missingkey=error', () => {
    expect(run('{{.Foo}}', container, { missingKey: 'error' })).toBe('ERR template: :1:2: executing "" at <.Foo>: map has no entry for key "Foo"');
    expect(run('{{.State.Foo}}', container, { missingKey: 'error' })).toBe('ERR template: :1:8: executing "" at <.State.Foo>: map has no entry for key "Foo"');
    expect(run('x\n {{.Nope}}', container, { missingKey: 'error' })).toBe('ERR template: :2:3: executing "" at <.Nope>: map has no entry for key "Nope"');
  });

  it('reports unknown fields of structs', () => {
    const row = goStruct('*formatter.ContainerContext', { ID: 'abc' });
    expect(run('{{.ID}} {{.Foo}}', row)).toBe('ERR template: :1:10: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext');
    expect(run('{{.Name.Foo}}', container)).toBe('ERR template: :1:7: executing "" at <.Name.Foo>: can\'t evaluate field Foo in type string');
    expect(run('{{.Nil.Foo}}', container)).toBe('ERR template: :1:6: executing "" at <.Nil.Foo>: nil pointer evaluating interface {}.Foo');
  });

  it('reports bad calls', () => {
    expect(run('{{len 3}}', null)).toBe('ERR template: :1:2: executing "" at <len 3>: error calling len: len of type int');
    expect(run('{{index . 5}}', [1])).toBe('ERR template: :1:2: executing "" at <index . 5>: error calling index: index out of range: 5');
    expect(run('{{len}}', null)).toBe('ERR template: :1:2: executing "" at <len>: wrong number of args for len: want 1 got 0');
    expect(run('{{upper "a" "b"}}', null)).toBe('ERR template: :1:2: executing "" at <upper>: wrong number of args for upper: want 1 got 2');
    expect(run('{{upper 3}}', null)).toBe('ERR template: :1:8: executing "" at <3>: expected string; found 3');
    expect(run('{{upper .X}}', { X: 3 })).toBe('ERR template: :1:8: executing "" at <.X>: wrong type for value; expected string; got int');
    expect(run('{{upper .X}}', {})).toBe('ERR template: :1:8: executing "" at <.X>: invalid value; expected string');
    expect(run('{{eq .X 1}}', { X: 'a' })).toBe('ERR template: :1:2: executing "" at <eq .X 1>: error calling eq: incompatible types for comparison');
    expect(run('{{.X 1}}', { X: 'a' })).toBe('ERR template: :1:2: executing "" at <.X>: X is not a method but has arguments');
    expect(run('{{"a" 1}}', null)).toBe('ERR template: :1:2: executing "" at <"a">: can\'t give argument to non-function "a"');
    expect(run('{{range .}}{{end}}', 'abc')).toBe('ERR template: :1:8: executing "" at <.>: range can\'t iterate over abc');
  });

  it('truncates long contexts like old Go when asked', () => {
    const src = '{{.NetworkSettings.Networks.nope.IPAddress}}';
    expect(run(src, container, { missingKey: 'error' })).toBe(
      'ERR template: :1:18: executing "" at <.NetworkSettings.Networks.nope.IPAddress>: map has no entry for key "nope"',
    );
    expect(run(src, container, { missingKey: 'error', truncateContext: true })).toBe(
      'ERR template: :1:18: executing "" at <.NetworkSettings.Net...>: map has no entry for key "nope"',
    );
  });

  it('calls methods of the data with arguments', () => {
    const row = goStruct('*formatter.ContainerContext', { Label: (k: string) => ({ app: 'web' })[k] ?? '' });
    expect(run('{{.Label "app"}}|{{.Label "x"}}', row)).toBe('web|');
  });

  it('keeps the output written before a failure', () => {
    try {
      executeTemplate(parseTemplate('ok {{.A}} {{len 1}}'), { A: 'x' });
    } catch (e) {
      expect((e as { partial: string }).partial).toBe('ok x ');
    }
  });
});
