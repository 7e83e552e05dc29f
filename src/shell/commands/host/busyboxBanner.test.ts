import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../engine/createWorld';
import type { ProfileName } from '../../../engine/world';
import { type, typeAll } from '../../testing/shellHarness';

function withImages(profile: ProfileName) {
  return typeAll(createWorld({ profile }), ['docker pull busybox', 'docker pull alpine']).world;
}

describe('busybox usage banners name the image binary', () => {
  it('busybox image and alpine differ, per era', () => {
    const classic = withImages('classic');
    expect(type(classic, 'docker run --rm busybox ls -j').stderr).toBe(
      'ls: unrecognized option: j\nBusyBox v1.28.3 (2018-04-05 10:41:28 UTC) multi-call binary.\n\nUsage: ls [OPTIONS]\n',
    );
    expect(type(classic, 'docker run --rm alpine sleep').stderr.split('\n')[0]).toBe('BusyBox v1.27.2 (2018-06-06 09:08:44 UTC) multi-call binary.');
    const current = withImages('current');
    expect(type(current, 'docker run --rm busybox wget').stderr.split('\n')[0]).toBe('BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.');
    expect(type(current, 'docker run --rm alpine nslookup').stderr.split('\n')[0]).toBe('BusyBox v1.37.0 (2025-01-17 18:12:01 UTC) multi-call binary.');
  });
});
