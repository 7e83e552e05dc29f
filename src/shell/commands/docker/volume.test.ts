import { describe, it, expect } from 'vitest';
import { dockerSession } from './testDocker';

describe('docker volume', () => {
  it('create prints the name; ls lists by name (classic widths)', () => {
    const s = dockerSession('classic');
    expect(s.docker('volume create mydata')).toEqual({ code: 0, out: 'mydata\n', err: '' });
    expect(s.docker('volume create abc').out).toBe('abc\n');
    expect(s.docker('volume ls').out).toBe('DRIVER              VOLUME NAME\nlocal               abc\nlocal               mydata\n');
    expect(s.docker('volume ls -q').out).toBe('abc\nmydata\n');
  });

  it('ls in current widths, header even when empty', () => {
    const s = dockerSession('current');
    expect(s.docker('volume ls').out).toBe('DRIVER    VOLUME NAME\n');
    s.docker('volume create web-data');
    expect(s.docker('volume ls').out).toBe('DRIVER    VOLUME NAME\nlocal     web-data\n');
  });

  it('inspect prints the JSON array; missing volumes per era', () => {
    const s = dockerSession('classic');
    s.docker('volume create mydata');
    expect(s.docker('volume inspect mydata').out).toBe(`[
    {
        "CreatedAt": "2018-05-20T10:00:00Z",
        "Driver": "local",
        "Labels": {},
        "Mountpoint": "/var/lib/docker/volumes/mydata/_data",
        "Name": "mydata",
        "Options": {},
        "Scope": "local"
    }
]
`);
    expect(s.docker("volume inspect -f '{{.Mountpoint}}' mydata").out).toBe('/var/lib/docker/volumes/mydata/_data\n');
    expect(s.docker('volume inspect nope')).toEqual({ code: 1, out: '[]\n', err: 'Error: No such volume: nope\n' });
    expect(dockerSession('current').docker('volume inspect nope')).toEqual({
      code: 1,
      out: '[]\n',
      err: 'Error response from daemon: get nope: no such volume\n',
    });
  });

  it('rm echoes names and reports failures', () => {
    const s = dockerSession('current');
    s.docker('volume create ab');
    expect(s.docker('volume rm ab nope')).toEqual({ code: 1, out: 'ab\n', err: 'Error response from daemon: get nope: no such volume\n' });
    expect(s.docker('volume rm -f nope')).toEqual({ code: 0, out: '', err: '' });
  });

  it('prune asks; declined, classic reports 0B and current cancels (exit 0, silent)', () => {
    const classic = dockerSession('classic');
    classic.docker('volume create ab');
    expect(classic.docker('volume prune', 'n\n')).toEqual({
      code: 0,
      out: 'WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] Total reclaimed space: 0B\n',
      err: '',
    });
    expect(classic.docker('volume prune', 'y\n').out).toBe(
      'WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] Deleted Volumes:\nab\n\nTotal reclaimed space: 0B\n',
    );
    const current = dockerSession('current');
    expect(current.docker('volume prune', 'n\n')).toEqual({
      code: 0,
      out: 'WARNING! This will remove anonymous local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] ',
      err: '',
    });
    expect(current.docker('volume prune -f')).toEqual({ code: 0, out: 'Total reclaimed space: 0B\n', err: '' });
  });
});
