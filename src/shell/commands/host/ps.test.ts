import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../engine/createWorld';
import { type, typeAll } from '../../testing/shellHarness';

describe('ps in a container', () => {
  it('docker exec c ps lists ps once: the exec process is ps itself', () => {
    const w = typeAll(createWorld({ profile: 'current' }), ['docker pull busybox', 'docker run -d --name c1 busybox sleep 1000']).world;
    expect(type(w, 'docker exec c1 ps').stdout).toBe('PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 1000\n    2 root      0:00 ps\n');
    expect(type(w, 'docker exec c1 ps aux').stdout).toBe('PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 1000\n    2 root      0:00 ps aux\n');
    // A shell that runs ps as a child: both show.
    expect(type(w, "docker exec c1 sh -c 'ps; true'").stdout).toBe(
      'PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 1000\n    2 root      0:00 sh -c ps; true\n    3 root      0:00 ps\n',
    );
  });
});
