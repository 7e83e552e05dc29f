import { describe, it, expect } from 'vitest';
import { simulate } from '../../headless/simulate';
import type { LayerProgress, World } from '../../engine';
import { imagesLayout } from './imagesLayout';
import { pullProgress } from './pullProgress';

const layer = (digest: string, at: Partial<LayerProgress>): LayerProgress => ({
  id: digest.slice(7, 19),
  digest,
  total: 100,
  size: 1000,
  states: ['Pulling fs layer', 'Downloading', 'Verifying Checksum', 'Download complete', 'Extracting', 'Pull complete'],
  downloadStartAt: 0,
  downloadedAt: 0,
  extractStartAt: 0,
  extractedAt: 0,
  ...at,
});

/** busybox pulled, and terminal t1 one second into a pull that plays out its layers. */
function pulling(): { world: World; digest: string } {
  const { world } = simulate(['docker pull busybox'], { profile: 'classic' });
  const daemon = world.hosts.default.daemon;
  const digest = daemon.images[daemon.tags['busybox:latest']].layers[0];
  world.terminals.t1.job = {
    kind: 'docker-pull',
    startedAt: world.now - 1000,
    data: {
      layers: [
        layer(digest, { downloadStartAt: 0, downloadedAt: 4000, extractStartAt: 4000, extractedAt: 5000 }),
        layer('sha256:' + 'aa'.repeat(32), { states: ['Already exists'] }),
        layer('sha256:' + 'bb'.repeat(32), { downloadStartAt: 2000, downloadedAt: 3000, extractStartAt: 5000, extractedAt: 6000 }),
        layer('sha256:' + 'cc'.repeat(32), { downloadStartAt: 0, downloadedAt: 500, extractStartAt: 500, extractedAt: 800 }),
      ],
    },
  };
  return { world, digest };
}

describe('pullProgress', () => {
  it('reads the terminal’s pull job: each layer’s state and download share at the virtual now', () => {
    const { world, digest } = pulling();
    expect([...pullProgress(world, 'default').entries()]).toEqual([
      [digest, { progress: 0.25, status: 'Downloading' }],
      ['sha256:' + 'aa'.repeat(32), { progress: 1, status: 'Already exists' }],
      ['sha256:' + 'bb'.repeat(32), { progress: 0, status: 'Waiting' }],
      ['sha256:' + 'cc'.repeat(32), { progress: 1, status: 'Pull complete' }],
    ]);
    expect(pullProgress(world, 'other').size).toBe(0);
  });

  it('fills the layer in the images view while it downloads', () => {
    const { world, digest } = pulling();
    const node = imagesLayout(world, { host: 'default', recent: [] }).nodes.find((n) => n.id === `layer:default:${digest}`);
    expect(node).toMatchObject({ state: 'pulling', progress: 0.25, sub: { en: 'Downloading 25% · 1.15MB' } });
  });
});
