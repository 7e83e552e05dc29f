import { describe, it, expect } from 'vitest';
import { marshal, marshalIndent } from './goJson';

describe('marshalIndent', () => {
  it('indents with four spaces like docker inspect, keeping key order', () => {
    const v = [{ Id: 'abc', Args: [], Config: { Labels: {}, Env: ['A=1'] }, State: { Running: true, Pid: 42, ExitCode: 0 }, Missing: undefined, Nil: null }];
    expect(marshalIndent(v)).toBe(
      [
        '[',
        '    {',
        '        "Id": "abc",',
        '        "Args": [],',
        '        "Config": {',
        '            "Labels": {},',
        '            "Env": [',
        '                "A=1"',
        '            ]',
        '        },',
        '        "State": {',
        '            "Running": true,',
        '            "Pid": 42,',
        '            "ExitCode": 0',
        '        },',
        '        "Nil": null',
        '    }',
        ']',
      ].join('\n'),
    );
  });

  it('escapes HTML characters and control characters as Go does', () => {
    expect(marshal({ s: '<a href="x">&\u2028\u0001\ttab</a>' })).toBe('{"s":"\\u003ca href=\\"x\\"\\u003e\\u0026\\u2028\\u0001\\ttab\\u003c/a\\u003e"}');
    expect(marshal('<b>', { escapeHTML: false })).toBe('"<b>"');
  });

  it('prints numbers like Go', () => {
    expect(marshal([1, 1.5, 1e21, 1e-7, -0.25])).toBe('[1,1.5,1e+21,1e-7,-0.25]');
  });

  it('prints empty containers and top-level scalars', () => {
    expect(marshalIndent({})).toBe('{}');
    expect(marshalIndent([])).toBe('[]');
    expect(marshal(undefined)).toBe('null');
    expect(marshal(true)).toBe('true');
  });
});
