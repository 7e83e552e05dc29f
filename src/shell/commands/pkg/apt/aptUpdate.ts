// `apt-get update`: one line per index fetched (`Get:N …`, `Ign:N …`), the total, then the
// package lists are read. Without a way out every source fails to resolve and apt only warns.
import { reachMirror } from '../pkgNet';
import type { CommandContext } from '../../../types';
import type { Timeline, PkgEffect } from '../timeline';
import { aptSize, type AptDistro } from './aptDistros';
import { listFiles } from './aptState';

/** `2s`, `1min 5s`: apt's TimeToStr for the Fetched line. */
function aptTime(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 60 ? `${Math.floor(s / 60)}min ${s % 60}s` : `${s}s`;
}

export function fetchedLine(bytes: number, ms: number): string {
  const rate = bytes / Math.max(ms / 1000, 0.5);
  return `Fetched ${aptSize(bytes)}B in ${aptTime(ms)} (${aptSize(rate)}B/s)\n`;
}

export const BYTES_PER_MS = 4_000;

export function readingLists(tty: boolean): string {
  return tty ? 'Reading package lists... Done\n' : 'Reading package lists...\n';
}

function mirrorHost(text: string): string {
  return /^http:\/\/([^/ ]+)/.exec(text)?.[1] ?? '';
}

export function aptUpdate(cx: CommandContext, distro: AptDistro, tl: Timeline): { code: number; effect?: PkgEffect } {
  const numbered = distro.style !== 'apt1';
  const net = reachMirror(cx, mirrorHost(distro.update[0][0]));
  if (net !== 'ok') {
    const failed: string[] = [];
    let n = 0;
    for (const [text] of distro.update) {
      if (!text.endsWith('InRelease')) continue;
      n++;
      const host = mirrorHost(text);
      tl.wait(net === 'dns' ? 20 : 30_000);
      const why = net === 'dns' ? `Temporary failure resolving '${host}'` : `Could not connect to ${host}:80 (${host}), connection timed out`;
      tl.out(`Err:${n} ${text}\n  ${why}\n`);
      const [url, dist] = text.split(' ');
      failed.push(`W: Failed to fetch ${url}/dists/${dist}/InRelease  ${why}\n`);
    }
    tl.out(readingLists(cx.isTty));
    for (const w of failed) tl.err(w);
    tl.err('W: Some index files failed to download. They have been ignored, or old ones used instead.\n');
    return { code: 0 };
  }
  let n = 0;
  let total = 0;
  const start = tl.now;
  for (const [text, bytes] of distro.update) {
    if (bytes === 0) {
      tl.out(numbered ? `Ign:${++n} ${text}\n` : `Ign ${text}\n`);
      continue;
    }
    tl.wait(80 + bytes / BYTES_PER_MS);
    total += bytes;
    tl.out(`Get:${++n} ${text} [${aptSize(bytes)}B]\n`);
  }
  tl.out(fetchedLine(total, tl.now - start)).wait(600);
  tl.out(readingLists(cx.isTty));
  const containerId = cx.frame.containerId;
  return { code: 0, ...(containerId ? { effect: { host: cx.host, containerId, remove: [], files: listFiles(distro) } } : {}) };
}
