import { describe, it, expect } from 'vitest';
import { renderFlagUsages } from './flagUsages';

describe('renderFlagUsages', () => {
  it('sorts by name, aligns three columns after the widest flag, shows defaults', () => {
    expect(
      renderFlagUsages([
        { long: 'time', short: 't', kind: 'int', description: 'Seconds to wait for stop before killing it', defaultText: '10' },
        { long: 'all', short: 'a', kind: 'bool', description: 'Show all containers (default shows just running)' },
        { long: 'format', kind: 'string', description: 'Pretty-print containers using a Go template' },
        { long: 'secret', kind: 'bool', description: 'hidden', hidden: true },
      ]),
    ).toBe(
      '  -a, --all             Show all containers (default shows just running)\n' +
        '      --format string   Pretty-print containers using a Go template\n' +
        // pflag wraps when the text reaches the last five columns, even for a short tail.
        '  -t, --time int        Seconds to wait for stop before killing it\n' +
        '                        (default 10)\n',
    );
  });

  it('wraps long descriptions at 79 columns under the description column', () => {
    expect(
      renderFlagUsages([
        {
          long: 'log-level',
          short: 'l',
          kind: 'string',
          description: 'Set the logging level ("debug"|"info"|"warn"|"error"|"fatal")',
          defaultText: '"info"',
        },
        { long: 'tlscacert', kind: 'string', description: 'Trust certs signed only by this CA', defaultText: '"/home/docker/.docker/ca.pem"' },
      ]),
    ).toBe(
      '  -l, --log-level string   Set the logging level\n' +
        '                           ("debug"|"info"|"warn"|"error"|"fatal")\n' +
        '                           (default "info")\n' +
        '      --tlscacert string   Trust certs signed only by this CA (default\n' +
        '                           "/home/docker/.docker/ca.pem")\n',
    );
  });
});
