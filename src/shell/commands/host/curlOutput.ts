// How curl prints an HttpExchange: the body, `-i` headers, `-v` trace lines, and its error
// messages with their exit codes in the era's curl (7.58 in 2018, 8.5 today).
import type { HttpExchange, HttpFailure } from '../../../engine/http/httpRequest';
import type { HttpResponse } from '../../../engine/programs/programTypes';
import type { Profile } from '../../../engine/profile';

/** Linux gives up on an unanswered SYN after its retries: about two minutes. */
export const SYN_TIMEOUT_MS = 130_843;

export function statusLine(r: HttpResponse): string {
  return `HTTP/1.1 ${r.status} ${r.statusText}`;
}

export function headerBlock(r: HttpResponse): string {
  return [statusLine(r), ...Object.entries(r.headers).map(([k, v]) => `${k}: ${v}`)].map((l) => `${l}\r\n`).join('') + '\r\n';
}

export interface CurlError {
  code: number;
  message: string;
  /** Virtual time the failure takes to show (a dropped SYN waits for the kernel's retries). */
  afterMs: number;
}

export function curlError(f: HttpFailure, hostName: string, profile: Profile, maxTimeMs?: number): CurlError {
  const modern = profile.tools.curlElapsedErrors;
  switch (f.kind) {
    case 'resolve':
      return { code: 6, message: `Could not resolve host: ${f.host}`, afterMs: 0 };
    case 'refused':
      return { code: 7, message: modern ? `Failed to connect to ${hostName} port ${f.port} after 0 ms: Couldn't connect to server` : `Failed to connect to ${hostName} port ${f.port}: Connection refused`, afterMs: 0 };
    case 'timeout':
      if (maxTimeMs !== undefined && maxTimeMs < SYN_TIMEOUT_MS) return { code: 28, message: `Connection timed out after ${maxTimeMs + 1} milliseconds`, afterMs: maxTimeMs + 1 };
      return modern
        ? { code: 28, message: `Failed to connect to ${hostName} port ${f.port} after ${SYN_TIMEOUT_MS} ms: Couldn't connect to server`, afterMs: SYN_TIMEOUT_MS }
        : { code: 7, message: `Failed to connect to ${hostName} port ${f.port}: Connection timed out`, afterMs: SYN_TIMEOUT_MS };
    case 'empty-reply':
      return { code: 52, message: 'Empty reply from server', afterMs: 0 };
    case 'unsupported-protocol':
      return { code: 1, message: `Protocol "${f.scheme}" not supported or disabled in libcurl`, afterMs: 0 };
    case 'bad-port':
      return { code: 3, message: 'URL using bad/illegal format or missing URL', afterMs: 0 };
    case 'bad-url':
      return { code: 3, message: 'URL using bad/illegal format or missing URL', afterMs: 0 };
  }
}

/** `-v`: the connection and request lines curl writes to stderr before the response. */
export function verboseRequest(ex: HttpExchange, profile: Profile): string {
  if (!ex.url || !ex.ip) return '';
  const modern = profile.tools.curlElapsedErrors;
  let out = modern ? `*   Trying ${ex.ip}:${ex.url.port}...\n` : `*   Trying ${ex.ip}...\n* TCP_NODELAY set\n`;
  if (!ex.request) return out;
  out += modern ? `* Connected to ${ex.url.host} (${ex.ip}) port ${ex.url.port}\n` : `* Connected to ${ex.url.host} (${ex.ip}) port ${ex.url.port} (#0)\n`;
  const req = ex.request;
  out += `> ${req.method} ${req.path} HTTP/1.1\r\n`;
  out += Object.entries(req.headers).map(([k, v]) => `> ${k}: ${v}\r\n`).join('');
  out += '> \r\n';
  return out;
}

export function verboseResponse(r: HttpResponse): string {
  return headerBlock(r).split('\r\n').slice(0, -1).map((l) => `< ${l}\r\n`).join('');
}

export function verboseClose(ex: HttpExchange, profile: Profile): string {
  if (!ex.url) return '';
  return profile.tools.curlElapsedErrors ? `* Connection #0 to host ${ex.url.host} left intact\n` : `* Connection #0 to host ${ex.url.host} left intact\n`;
}
