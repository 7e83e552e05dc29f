// Registry credentials as the docker CLI keeps them without a credential helper: in the login
// user's ~/.docker/config.json on that host, `auths[server].auth` = base64("user:password").
// The file is the login state, so `cat ~/.docker/config.json` shows what Docker would have written.
import { hostVfs } from '../fs/hostVfs';
import type { World } from '../world';

/** The server key Docker Hub logins are stored under. */
export const INDEX_SERVER = 'https://index.docker.io/v1/';

export function dockerConfigPath(world: World, host: string): string {
  return `${world.hosts[host].home}/.docker/config.json`;
}

interface ConfigFile {
  auths?: Record<string, { auth?: string }>;
  [key: string]: unknown;
}

function readConfig(world: World, host: string): ConfigFile {
  const vfs = hostVfs(world, host);
  const path = dockerConfigPath(world, host);
  if (!vfs.exists(path)) return {};
  try {
    const parsed: unknown = JSON.parse(vfs.readFile(path));
    return parsed && typeof parsed === 'object' ? (parsed as ConfigFile) : {};
  } catch {
    return {};
  }
}

function writeConfig(world: World, host: string, config: ConfigFile): void {
  const vfs = hostVfs(world, host);
  const path = dockerConfigPath(world, host);
  vfs.mkdir(path.slice(0, path.lastIndexOf('/')), { parents: true, mode: 0o700 });
  // The CLI writes it with tabs (json.MarshalIndent(…, "", "\t")).
  vfs.writeFile(path, JSON.stringify(config, null, '\t'), { mode: 0o600 });
}

/** The user logged in to `server` from this host, if any. */
export function loggedInUser(world: World, host: string, server = INDEX_SERVER): string | undefined {
  const auth = readConfig(world, host).auths?.[server]?.auth;
  if (!auth) return undefined;
  const decoded = base64Decode(auth);
  const colon = decoded.indexOf(':');
  return colon > 0 ? decoded.slice(0, colon) : undefined;
}

/** Stores the credentials; false when the same ones were stored already (Docker then rewrites nothing). */
export function storeLogin(world: World, host: string, user: string, password: string, server = INDEX_SERVER): boolean {
  const config = readConfig(world, host);
  const auth = base64Encode(`${user}:${password}`);
  if (config.auths?.[server]?.auth === auth) return false;
  writeConfig(world, host, { ...config, auths: { ...(config.auths ?? {}), [server]: { auth } } });
  return true;
}

export function eraseLogin(world: World, host: string, server = INDEX_SERVER): void {
  const config = readConfig(world, host);
  if (!config.auths?.[server]) return;
  const auths = { ...config.auths };
  delete auths[server];
  writeConfig(world, host, { ...config, auths });
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function utf8Bytes(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}

export function base64Encode(s: string): string {
  const bytes = utf8Bytes(s);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (b === undefined ? '=' : B64[(n >> 6) & 63]) + (c === undefined ? '=' : B64[n & 63]);
  }
  return out;
}

export function base64Decode(s: string): string {
  const bytes: number[] = [];
  let bits = 0;
  let acc = 0;
  for (const ch of s.replace(/=+$/, '')) {
    const v = B64.indexOf(ch);
    if (v < 0) continue;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 0xff);
    }
  }
  // Credentials typed in a terminal: decoding UTF-8 sequences back by hand is enough here.
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) out += String.fromCharCode(b);
    else if (b < 0xe0) out += String.fromCharCode(((b & 31) << 6) | (bytes[++i] & 63));
    else if (b < 0xf0) out += String.fromCharCode(((b & 15) << 12) | ((bytes[++i] & 63) << 6) | (bytes[++i] & 63));
    else out += String.fromCodePoint(((b & 7) << 18) | ((bytes[++i] & 63) << 12) | ((bytes[++i] & 63) << 6) | (bytes[++i] & 63));
  }
  return out;
}
