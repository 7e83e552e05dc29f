// `created_by` texts as each builder writes them into the image history. The classic builder
// records the container command it committed (`/bin/sh -c #(nop)  CMD ["python" "/app/main.py"]`,
// two spaces for metadata, one for WORKDIR and COPY/ADD); BuildKit records the instruction
// (`CMD ["python" "/app/main.py"]`), with ` # buildkit` after steps that ran an LLB state.
import { goQuoteList } from './goText';
import type { BuilderKind } from './buildTypes';

export const BUILDKIT_COMMENT = 'buildkit.dockerfile.v0';

/** A metadata instruction's commit message (`CMD ["a" "b"]`, `ENV K=V`, `EXPOSE 5000`). */
export function metadataCreatedBy(builder: BuilderKind, shell: string[], message: string): string {
  return builder === 'classic' ? `${shell.join(' ')} #(nop)  ${message}` : message;
}

export function workdirCreatedBy(builder: BuilderKind, shell: string[], dir: string): string {
  return builder === 'classic' ? `${shell.join(' ')} #(nop) WORKDIR ${dir}` : `WORKDIR ${dir}`;
}

/** `|2 A=1 B=2 ` before the command when build args are in scope (sorted, as prependEnvOnCmd does). */
function argsPrefix(args: Record<string, string>): string {
  const pairs = Object.keys(args)
    .sort()
    .map((k) => `${k}=${args[k]}`);
  return pairs.length ? `|${pairs.length} ${pairs.join(' ')} ` : '';
}

export function runCreatedBy(builder: BuilderKind, argv: string[], args: Record<string, string>): string {
  const text = `${argsPrefix(args)}${argv.join(' ')}`;
  return builder === 'classic' ? text : `RUN ${text} # buildkit`;
}

/** Classic: `COPY dir:<hash> in /app ` (the source named by content); BuildKit: the sources as written. */
export function copyCreatedBy(builder: BuilderKind, shell: string[], verb: string, sourceHash: string, sources: string[], dest: string): string {
  if (builder === 'classic') return `${shell.join(' ')} #(nop) ${verb} ${sourceHash} in ${dest} `;
  return `${verb} ${sources.join(' ')} ${dest} # buildkit`;
}

/** Go's `%q` of a []string, as CMD/ENTRYPOINT commit messages print it. */
export function commandMessage(keyword: string, argv: string[] | null): string {
  return `${keyword} ${goQuoteList(argv ?? [])}`;
}
