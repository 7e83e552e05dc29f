import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../../engine/createWorld';
import { type, typeAll } from '../../../testing/shellHarness';
import { typeAllToEnd } from '../pkgTesting';

describe('update-alternatives links of an installed package', () => {
  it('vim provides /usr/bin/vi (and vim, view, ex, editor) through /etc/alternatives', () => {
    const w = typeAll(createWorld({ profile: 'classic' }), ['docker run -it --name box ubuntu bash']).world;
    const r = typeAllToEnd(w, ['apt-get update', 'apt-get install -y vim']);
    expect(type(r.world, 'ls -l /usr/bin/vi /usr/bin/vim /etc/alternatives/vi').stdout).toBe(
      'lrwxrwxrwx 1 root root 18 May 20 10:00 /etc/alternatives/vi -> /usr/bin/vim.basic\n' +
        'lrwxrwxrwx 1 root root 20 May 20 10:00 /usr/bin/vi -> /etc/alternatives/vi\n' +
        'lrwxrwxrwx 1 root root 21 May 20 10:00 /usr/bin/vim -> /etc/alternatives/vim\n',
    );
    expect(type(r.world, 'ls -1 /etc/alternatives').stdout).toBe('editor\nex\nrview\nrvim\nvi\nview\nvim\nvimdiff\n');
    expect(type(r.world, 'which vi').stdout).toBe('/usr/bin/vi\n');
  });
});
