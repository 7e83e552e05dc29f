// A shared session in a URL fragment: `#s=` + base64url(deflate-raw(JSON)). The fragment never
// reaches a server. CompressionStream does the deflate in the browser and in Node 20 alike.
import { SHARE_LIMITS, validateSharedSession, type SharedSession } from './sharedSession';

export const FRAGMENT_PREFIX = '#s=';

export async function encodeSharedSession(session: SharedSession): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(session));
  const deflated = await readAll(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw')), Infinity);
  return FRAGMENT_PREFIX + toBase64Url(deflated as Uint8Array);
}

/** Why a fragment was refused (each has a notice in the UI). */
export type DecodeResult = { ok: true; session: SharedSession } | { ok: false; reason: 'notShare' | 'malformed' };

export async function decodeSharedSession(hash: string): Promise<DecodeResult> {
  if (!hash.startsWith(FRAGMENT_PREFIX)) return { ok: false, reason: 'notShare' };
  const text = hash.slice(FRAGMENT_PREFIX.length);
  if (text.length === 0 || text.length > SHARE_LIMITS.fragmentChars || !/^[A-Za-z0-9_-]+$/.test(text)) return { ok: false, reason: 'malformed' };
  try {
    const deflated = fromBase64Url(text);
    const inflated = await readAll(new Blob([deflated as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')), SHARE_LIMITS.jsonBytes);
    if (!inflated) return { ok: false, reason: 'malformed' };
    const json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
    const session = validateSharedSession(JSON.parse(json));
    return session ? { ok: true, session } : { ok: false, reason: 'malformed' };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

/** Text from base64url(deflate-raw(UTF-8)), or null when it is not that or inflates past `limit` bytes. */
export async function inflateText(text: string, limit: number): Promise<string | null> {
  if (text.length === 0 || text.length > SHARE_LIMITS.fragmentChars || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const stream = new Blob([fromBase64Url(text) as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    const bytes = await readAll(stream, limit);
    return bytes ? new TextDecoder('utf-8', { fatal: true }).decode(bytes) : null;
  } catch {
    return null;
  }
}

/** base64url(deflate-raw(UTF-8 of `text`)): a demo script in a `#demo=` fragment. */
export async function deflateText(text: string): Promise<string> {
  const stream = new Blob([new TextEncoder().encode(text)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url((await readAll(stream, Infinity)) as Uint8Array);
}

/** The stream's bytes, or null once they pass `limit` (the rest is not read). */
async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
