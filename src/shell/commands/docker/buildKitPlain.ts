// BuildKit's `--progress=plain` (progressui's printer): each vertex as a numbered block —
// `#N name`, its statuses (`#N transferring dockerfile: 68B done`), its output lines with the
// seconds since it started, then `#N DONE 0.3s`, `#N CACHED` or `#N ERROR: …` — blocks
// separated by a blank line, printed as each vertex completes.
import type { TimedChunk } from './buildClassicOutput';
import type { BuildKitView } from './buildKitDisplay';

const seconds = (ms: number) => (ms / 1000 < 0.05 ? 0 : ms / 1000).toFixed(1);

export function plainChunks(view: BuildKitView, tail: string): TimedChunk[] {
  const chunks: TimedChunk[] = [{ at: 0, stream: 'stderr', text: '#0 building with "default" instance using docker driver\n\n' }];
  view.vertices.forEach((v, i) => {
    const n = i + 1;
    let text = `#${n} ${v.name}\n`;
    if (v.cached) text += `#${n} CACHED\n`;
    else {
      for (const s of v.statuses) {
        const dt = s.end - s.start;
        text += `#${n} ${s.name}${s.status ? ` ${s.status}` : ''} ${dt >= 50 ? `${seconds(dt)}s ` : ''}done\n`;
      }
      for (const w of v.warnings ?? []) text += `#${n} WARN: ${w}\n`;
      for (const l of v.logs ?? []) text += `#${n} ${(l.at / 1000).toFixed(3)} ${l.text}\n`;
      text += v.error !== undefined ? `#${n} ERROR: ${v.error}\n` : `#${n} DONE ${seconds(v.end - v.start)}s\n`;
    }
    chunks.push({ at: v.end, stream: 'stderr', text: `${text}\n` });
  });
  if (tail) chunks.push({ at: view.totalMs, stream: 'stderr', text: tail });
  return chunks;
}
