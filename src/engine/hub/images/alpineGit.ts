// alpine/git: Alpine + the git package, ENTRYPOINT ["git"], WORKDIR /git, VOLUME /git.
import type { ProfileName } from '../../world';
import type { CatalogImage, CatalogStep } from '../catalogTypes';
import { ALPINE_BASES } from '../bases/alpine';
import { bins, defineImage, defineLayer } from '../defineCatalog';
import { nop, run, workdir } from '../steps';

function alpineGit(era: ProfileName, version: string, created: string, base: CatalogStep[], size: [number, number]): CatalogImage {
  const layer = defineLayer({
    seed: `alpine/git:${version}@${created}/git`,
    size: size[0],
    compressed: size[1],
    created,
    files: { ...bins('/usr/bin', ['git', 'ssh', 'scp'], 420_000, { git: 2_920_000 }), ...bins('/usr/libexec/git-core', ['git-remote-http', 'git-remote-https'], 1_400_000), '/git': { dir: 0o755 } },
  });
  return defineImage({
    era,
    repo: 'alpine/git',
    tags: ['latest', `v${version}`, version],
    created,
    base,
    steps: [run(era, 'apk --update add git less openssh &&     rm -rf /var/lib/apt/lists/* &&     rm /var/cache/apk/*', layer), nop(era, 'VOLUME [/git]'), workdir(era, '/git'), nop(era, 'ENTRYPOINT ["git"]'), nop(era, 'CMD ["--help"]')],
    config: { cmd: ['--help'], entrypoint: ['git'], workingDir: '/git', volumes: ['/git'] },
  });
}

export const ALPINE_GIT: CatalogImage[] = [
  alpineGit('classic', '2.15.2', '2018-03-26T08:54:16.118Z', ALPINE_BASES.v37, [17_400_000, 6_750_000]),
  alpineGit('current', '2.49.1', '2025-11-10T09:12:44.000Z', ALPINE_BASES.v323, [29_800_000, 11_260_000]),
];
