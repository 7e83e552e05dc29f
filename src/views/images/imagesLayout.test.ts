import { describe, it, expect } from 'vitest';
import { simulate } from '../../headless/simulate';
import { getContainer } from '../../engine/queries';
import type { World } from '../../engine';
import { AGGREGATE_ABOVE, imagesLayout } from './imagesLayout';
import type { Plan } from '../viewTypes';

const rows = (plan: Plan) => [
  ...plan.groups.map((g) => `G ${g.id} ${g.x},${g.y} ${g.w}x${g.h} ${g.label.en}`),
  ...plan.nodes.map((n) => `N ${n.id.replace(/[0-9a-f]{64}/g, (h) => h.slice(0, 6))} ${n.x},${n.y} ${n.w}x${n.h} ${n.label.en}${n.sub ? ` | ${n.sub.en.slice(0, 40)}` : ''}${n.state ? ` [${n.state}]` : ''}`),
];

/** An image built on ubuntu:18.04: the same five layers and one more. */
function addChildImage(world: World): string {
  const daemon = world.hosts.default.daemon;
  const base = daemon.images[daemon.tags['ubuntu:18.04']];
  const id = 'f'.repeat(64);
  daemon.images[id] = { ...base, id, repoDigests: [], parent: base.id, layers: [...base.layers, `sha256:${'ab'.repeat(32)}`], history: [...base.history, { created: 0, createdBy: '/bin/sh -c apt-get install -y curl', size: 0, emptyLayer: false }] };
  daemon.tags['myapp:latest'] = id;
  return id;
}

describe('imagesLayout', () => {
  it('stacks each image’s layers bottom-up with its containers as thin writable layers on top', () => {
    const { world } = simulate(['docker run -d --name web nginx', 'docker run --name hello hello-world'], { profile: 'classic' });
    const web = getContainer(world, 'default', 'web')!;
    const plan = imagesLayout(world, { host: 'default', recent: [] });
    expect([plan.width, plan.height]).toEqual([280, 194]);
    expect(rows(plan)).toEqual([
      'G images:default 6,6 268x182 Images on default (2)',
      'N image:default:caa75f 12,152 124x30 nginx:latest | 109MB · 3 layers',
      'N rw:default:a34f49 12,38 124x18 web [running]',
      'N layer:default:sha256:b714d9 12,58 124x28 b714d9d64ee1 | 22B · RUN ln -sf /dev/stdout /var/log/ng',
      'N layer:default:sha256:467c00 12,88 124x28 467c00a9abf9 | 53.7MB · RUN set -x \t&& apt-get update \t',
      'N layer:default:sha256:5f6390 12,118 124x28 5f639039148e | 55.3MB · ADD file:13774fc87af5f56a0f46d2',
      'N image:default:e38bc0 144,152 124x30 hello-world:latest | 1.85kB · 1 layer',
      'N rw:default:4c5298 144,98 124x18 hello [exited]',
      'N layer:default:sha256:9bb5a5 144,118 124x28 9bb5a5d4561a | 1.85kB · COPY file:e5900091c17e9b474f23f',
    ]);
    expect(plan.nodes.find((n) => n.kind === 'rwlayer' && n.label.en === 'web')?.inspect).toEqual({ type: 'container', id: web.id, host: 'default' });
    expect(plan.nodes.find((n) => n.id.startsWith('layer:'))?.inspect?.type).toBe('layer');
  });

  it('draws a layer two images share once, spanning both columns', () => {
    const { world } = simulate(['docker pull ubuntu:18.04'], { profile: 'classic' });
    addChildImage(world);
    const plan = imagesLayout(world, { host: 'default', recent: [] });
    const layers = plan.nodes.filter((n) => n.kind === 'layer');
    expect(layers.map((n) => `${n.x} ${n.w} ${n.state ?? '-'} ${n.sub?.en.slice(0, 12)}`)).toEqual([
      '12 256 shared shared by 2 ',
      '12 256 shared shared by 2 ',
      '12 256 shared shared by 2 ',
      '12 256 shared shared by 2 ',
      '12 256 shared shared by 2 ',
      '144 124 - 0B · RUN apt',
    ]);
    expect(new Set(layers.map((n) => n.id)).size).toBe(6);
  });

  it('marks the last pull: layers downloaded now, and those that already existed', () => {
    const { world } = simulate(['docker pull ubuntu:18.04'], { profile: 'classic' });
    const id = addChildImage(world);
    const plan = imagesLayout(world, {
      host: 'default',
      recent: [
        { type: 'layer.downloaded', host: 'default', digest: `sha256:${'ab'.repeat(32)}` },
        { type: 'image.pulled', host: 'default', imageId: id, ref: 'myapp' },
      ],
    });
    expect(plan.nodes.filter((n) => n.kind === 'layer').map((n) => `${n.state} ${n.sub?.en.split(' · ')[0]}`)).toEqual([
      'exists Already exists',
      'exists Already exists',
      'exists Already exists',
      'exists Already exists',
      'exists Already exists',
      'fresh Downloaded',
    ]);
  });

  it('draws a count of containers per image above the threshold', () => {
    const lines = Array.from({ length: AGGREGATE_ABOVE + 1 }, () => 'docker create busybox');
    const { world } = simulate(lines, { profile: 'classic' });
    const plan = imagesLayout(world, { host: 'default', recent: [] });
    expect(plan.aggregated).toBe(true);
    expect(plan.nodes.filter((n) => n.id.startsWith('rw:')).map((n) => n.label.en)).toEqual([`${AGGREGATE_ABOVE + 1} containers`]);
  });

  it('says so when there is no image', () => {
    const { world } = simulate([], { profile: 'current' });
    const plan = imagesLayout(world, { host: 'default', recent: [] });
    expect(rows(plan)).toEqual(['G images:default 6,6 268x68 Images on default (0)', 'N images:default:none 12,38 256x30 No images yet — docker pull or docker run brings one']);
  });
});
