// ubuntu: the base images alone; CMD ["/bin/bash"]. `latest` is 18.04 in 2018 and 24.04 now.
import type { CatalogImage } from '../catalogTypes';
import { UBUNTU_BASES } from '../bases/ubuntu';
import { defineImage } from '../defineCatalog';
import type { ProfileName } from '../../world';

function ubuntu(era: ProfileName, release: 'noble' | 'bionic' | 'xenial', tags: string[], id?: string): CatalogImage {
  const base = UBUNTU_BASES[era][release];
  return defineImage({
    era,
    repo: 'ubuntu',
    tags,
    created: base[base.length - 1].created,
    id,
    base,
    steps: [],
    config: {
      cmd: ['/bin/bash'],
      labels: era === 'current' && release === 'noble' ? { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': '24.04' } : {},
    },
  });
}

export const UBUNTU: CatalogImage[] = [
  ubuntu('classic', 'bionic', ['latest', '18.04', 'bionic'], '452a96d81c30a1e426bc250428263ac9ca3f47c9bf086f876d11cb39cf57aeec'),
  ubuntu('classic', 'xenial', ['16.04', 'xenial'], '0b1edfbffd27c935a666e233a0042ed634205f6f754dbe20769a60369c614f85'),
  ubuntu('current', 'noble', ['latest', '24.04', 'noble']),
  ubuntu('current', 'bionic', ['18.04', 'bionic']),
  ubuntu('current', 'xenial', ['16.04', 'xenial']),
];
