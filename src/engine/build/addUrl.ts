// ADD <url> <dest>: the daemon downloads the file through the simulated network (a site of the
// outside world, or a container's published port) and adds it with mode 0600, named after the
// URL's last path segment when the destination is a directory.
import type { Ctx } from '../ctx';
import { httpRequest } from '../http/httpRequest';
import type { CopySource } from './copyStep';
import type { BuilderKind } from './buildTypes';

/** The resolver in a docker-machine VM's resolv.conf (VirtualBox NAT). */
const VM_RESOLVER = '10.0.2.3:53';

export type UrlFetch = { ok: true; source: CopySource } | { ok: false; message: string };

function failureText(builder: BuilderKind, url: string, status?: number, statusText?: string, reason?: string): string {
  if (status !== undefined) {
    return builder === 'classic' ? `ADD failed: Got HTTP status code >= 400: ${status} ${statusText}` : `failed to load cache key: invalid response status ${status}`;
  }
  // Go 1.9 (18.03's daemon) did not quote the URL in its errors; Go ≥ 1.14 does.
  return builder === 'classic' ? `ADD failed: Get ${url}: ${reason}` : `failed to load cache key: Get "${url}": ${reason}`;
}

export function fetchUrl(ctx: Ctx, host: string, url: string, builder: BuilderKind): UrlFetch {
  const ex = httpRequest(ctx, { host }, url);
  const f = ex.failure;
  if (f) {
    const reason =
      f.kind === 'resolve'
        ? `dial tcp: lookup ${f.host} on ${VM_RESOLVER}: no such host`
        : f.kind === 'refused'
          ? `dial tcp ${f.ip}:${f.port}: connect: connection refused`
          : f.kind === 'timeout'
            ? `dial tcp ${f.ip}:${f.port}: i/o timeout`
            : f.kind === 'empty-reply'
              ? 'EOF'
              : `unsupported protocol scheme`;
    return { ok: false, message: failureText(builder, url, undefined, undefined, reason) };
  }
  const res = ex.response!;
  if (res.status >= 400) return { ok: false, message: failureText(builder, url, res.status, res.statusText) };
  const path = (ex.url?.path ?? '/').split('?')[0];
  const name = path.split('/').filter(Boolean).pop() ?? 'index.html';
  return { ok: true, source: { given: url, name, node: { t: 'f', mode: 0o600, mtime: ctx.world.now, data: res.body } } };
}
