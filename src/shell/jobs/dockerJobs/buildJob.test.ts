// The build job announces what the build made when it ends, in the same batch as the tags: the
// image-layers view marks the new layers, and the layers it does not mark were CACHED.
import { describe, expect, it } from 'vitest';
import { advance, runLine, type LineOutcome } from '../../index';
import { createWorld } from '../../../engine/createWorld';
import type { SimEvent } from '../../../engine/events';
import type { ProfileName, World } from '../../../engine/world';

function session(profile: ProfileName) {
  let world: World = createWorld({ profile });
  /** Runs a line to its end; the events of its last step (the batch the views show). */
  const type = (line: string): { last: SimEvent[]; text: string } => {
    let o: LineOutcome = runLine(world, 't1', line);
    let text = o.output.filter((c) => !c.transient).map((c) => c.text).join('');
    world = o.world;
    while (o.running) {
      o = advance(world, 't1', 500);
      world = o.world;
      text += o.output.filter((c) => !c.transient).map((c) => c.text).join('');
    }
    return { last: o.events, text };
  };
  for (const l of ['mkdir ctx', 'cd ctx', 'echo one > a.txt', "printf 'FROM busybox\\nCOPY a.txt /\\nRUN echo hi > /b\\nCMD [\"sh\"]\\n' > Dockerfile", 'docker pull -q busybox']) type(l);
  return { type, get world() { return world; } };
}

const built = (events: SimEvent[]) => events.filter((e) => e.type === 'image.built' || e.type === 'layer.created' || e.type === 'image.tagged').map((e) => e.type);

describe('build events', () => {
  for (const profile of ['current', 'classic'] as const) {
    it(`${profile}: two new layers, then none when all is CACHED, then one after a change`, () => {
      const s = session(profile);
      const first = s.type('docker build -t app .');
      expect(built(first.last)).toEqual(['image.tagged', 'layer.created', 'layer.created', 'image.built']);
      const image = s.world.hosts.default.daemon.images;
      const builtId = (first.last.find((e) => e.type === 'image.built') as { imageId: string }).imageId;
      const made = first.last.filter((e) => e.type === 'layer.created').map((e) => (e as { digest: string }).digest);
      // The new layers are the image's top two (COPY, RUN).
      expect(image[builtId].layers.slice(-2)).toEqual(made);
      expect(built(s.type('docker build -t app .').last)).toEqual(['image.tagged', 'image.built']);
      s.type("printf 'FROM busybox\\nCOPY a.txt /\\nRUN echo bye > /b\\nCMD [\"sh\"]\\n' > Dockerfile");
      const third = s.type('docker build -t app .');
      expect(built(third.last)).toEqual(['image.tagged', 'layer.created', 'image.built']);
    });
  }

  it('a failed build announces nothing', () => {
    const s = session('current');
    s.type("printf 'FROM busybox\\nRUN false\\n' > Dockerfile");
    expect(built(s.type('docker build -t app .').last)).toEqual([]);
  });
});
