import { describe, it, expect } from 'vitest';
import { dockerSession } from './testDocker';

describe('docker inspect', () => {
  it('finds networks and volumes by name, in order', () => {
    const s = dockerSession('current');
    s.docker('volume create data1');
    expect(s.docker('inspect bridge').out).toBe(s.docker('network inspect bridge').out);
    expect(s.docker("inspect -f '{{.Name}} {{.Driver}}' bridge data1")).toEqual({ code: 0, out: 'bridge bridge\ndata1 local\n', err: '' });
    expect(s.docker("inspect --type volume -f '{{.Mountpoint}}' data1").out).toBe('/var/lib/docker/volumes/data1/_data\n');
  });

  it('unknown objects print [] and the error of the era', () => {
    expect(dockerSession('classic').docker('inspect foo')).toEqual({ code: 1, out: '[]\n', err: 'Error: No such object: foo\n' });
    expect(dockerSession('current').docker('inspect foo')).toEqual({ code: 1, out: '[]\n', err: 'error: no such object: foo\n' });
    const s = dockerSession('current');
    expect(s.docker("inspect -f '{{.Name}}' bridge foo")).toEqual({ code: 1, out: 'bridge\n', err: 'error: no such object: foo\n' });
  });

  it('template errors: parse failures exit 64, missing keys exit 1', () => {
    const s = dockerSession('current');
    const parse = s.docker("inspect -f '{{.Name' bridge");
    expect(parse.code).toBe(64);
    expect(parse.out).toBe('');
    expect(parse.err.startsWith('template parsing error: template: ')).toBe(true);
    expect(s.docker("inspect -f '{{.NetworkSettings.IPAddress}}' bridge")).toEqual({
      code: 1,
      out: '\n',
      err: 'template parsing error: template: :1:18: executing "" at <.NetworkSettings.IPAddress>: map has no entry for key "NetworkSettings"\n',
    });
  });

  it('rejects an unknown --type per era', () => {
    expect(dockerSession('classic').docker('inspect --type foo x')).toEqual({ code: 1, out: '', err: '"foo" is not a valid value for --type\n' });
    expect(dockerSession('current').docker('inspect --type foo x').err).toBe(
      'unknown type: "foo": must be one of "config", "container", "image", "network", "node", "plugin", "secret", "service", "task", "volume"\n',
    );
  });
});
