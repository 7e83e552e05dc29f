import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../../engine/createWorld';
import { type, typeAll } from '../../../testing/shellHarness';
import { ssLayout } from './ssLayout';

describe('ss on the docker host', () => {
  const cur = typeAll(createWorld({ profile: 'current' }), ['docker run -d -p 8080:80 --name web nginx']).world;

  it('-tlnp: the listening TCP sockets netstat lists, in the 80-column iproute2 layout', () => {
    expect(type(cur, 'ss -tlnp').stdout).toBe(
      'State    Recv-Q   Send-Q     Local Address:Port     Peer Address:Port  Process  \n' +
        'LISTEN   0        4096             0.0.0.0:22            0.0.0.0:*              \n' +
        'LISTEN   0        4096                [::]:22               [::]:*              \n' +
        'LISTEN   0        4096                [::]:2376             [::]:*              \n' +
        'LISTEN   0        4096             0.0.0.0:8080          0.0.0.0:*              \n' +
        'LISTEN   0        4096                [::]:8080             [::]:*              \n',
    );
  });

  it('-tln without the process column, -uln with no UDP sockets', () => {
    expect(type(cur, 'ss -tln').stdout.split('\n').slice(0, 2)).toEqual([
      'State     Recv-Q    Send-Q       Local Address:Port        Peer Address:Port    ',
      'LISTEN    0         4096               0.0.0.0:22               0.0.0.0:*       ',
    ]);
    expect(type(cur, 'ss -uln').stdout).toBe('State    Recv-Q    Send-Q       Local Address:Port         Peer Address:Port    \n');
  });

  it('classic: boot2docker has no ss', () => {
    const r = type(createWorld({ profile: 'classic' }), 'ss -tlnp');
    expect([r.stderr, r.exitCode]).toEqual(['bash: ss: command not found\n', 127]);
  });

  it('layout: without a terminal width the table stays compact, the last column unpadded', () => {
    const cols = [
      { header: 'State', align: 'left' as const, ldelim: '' },
      { header: 'Local Address:', align: 'right' as const, ldelim: ' ' },
      { header: 'Port', align: 'left' as const, ldelim: '' },
    ];
    expect(ssLayout(cols, [['LISTEN', '0.0.0.0:', '22']])).toBe('State  Local Address:Port\nLISTEN       0.0.0.0:22\n');
  });
});
