// History lines as each era's builder wrote them: the 2018 classic builder records
// `/bin/sh -c #(nop)  CMD ["bash"]`; BuildKit (current images) records `CMD ["bash"]` with the
// comment `buildkit.dockerfile.v0`.
import type { ProfileName } from '../world';
import type { CatalogLayer } from './catalogTypes';
import type { StepSpec } from './defineCatalog';
import { fakeSha256 } from './fakeSha256';

const BUILDKIT = 'buildkit.dockerfile.v0';

/** A metadata instruction (ENV, CMD, EXPOSE, LABEL …) that adds no layer. */
export function nop(era: ProfileName, instruction: string): StepSpec {
  if (era === 'classic') return { by: `/bin/sh -c #(nop)  ${instruction}` };
  return { by: instruction, comment: BUILDKIT };
}

/** WORKDIR: the classic builder wrote it with a single space. Empty layer in both eras. */
export function workdir(era: ProfileName, dir: string): StepSpec {
  if (era === 'classic') return { by: `/bin/sh -c #(nop) WORKDIR ${dir}` };
  return { by: `WORKDIR ${dir}`, comment: BUILDKIT };
}

export function run(era: ProfileName, cmd: string, layer: CatalogLayer): StepSpec {
  if (era === 'classic') return { by: `/bin/sh -c ${cmd}`, layer };
  return { by: `RUN /bin/sh -c ${cmd} # buildkit`, layer, comment: BUILDKIT };
}

/** COPY/ADD of build-context files: the classic builder names them by content hash. */
export function copy(era: ProfileName, src: string, dest: string, layer: CatalogLayer, verb = 'COPY'): StepSpec {
  if (era === 'classic') return { by: `/bin/sh -c #(nop) ${verb} ${src.includes(' ') ? 'multi' : 'file'}:${fakeSha256(`ctx:${src}:${dest}`)} in ${dest} `, layer };
  return { by: `${verb} ${src} ${dest} # buildkit`, layer, comment: BUILDKIT };
}

/** The root filesystem tarball of a distribution base image. */
export function addRootfs(layer: CatalogLayer): StepSpec {
  return { by: `/bin/sh -c #(nop) ADD file:${fakeSha256(`rootfs:${layer.digest}`)} in / `, layer };
}
