// The environment a process in a container gets: the container's Config.Env plus what the
// runtime adds when absent (PATH, HOSTNAME, HOME, TERM with a tty), then exec -e values.
import type { Container } from '../world';

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export function envToRecord(env: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kv of env) {
    const i = kv.indexOf('=');
    if (i > 0) out[kv.slice(0, i)] = kv.slice(i + 1);
  }
  return out;
}

/** Later entries override earlier ones with the same key; order of first appearance is kept. */
export function mergeEnv(base: readonly string[], overrides: readonly string[]): string[] {
  const out = [...base];
  for (const kv of overrides) {
    const key = kv.includes('=') ? kv.slice(0, kv.indexOf('=')) : kv;
    const i = out.findIndex((e) => e === key || e.startsWith(key + '='));
    if (i >= 0) out[i] = kv;
    else out.push(kv);
  }
  return out;
}

export function processEnv(c: Container, extra: readonly string[] = [], tty = c.config.tty): Record<string, string> {
  const env: Record<string, string> = { PATH: DEFAULT_PATH, HOSTNAME: c.config.hostname };
  if (tty) env.TERM = 'xterm';
  // Link variables come before Config.Env (moby's CreateDaemonEnvironment), which may override them.
  Object.assign(env, envToRecord(c.linkEnv ?? []));
  Object.assign(env, envToRecord(c.config.env));
  if (!('HOME' in env)) env.HOME = c.config.user && c.config.user !== 'root' && c.config.user !== '0' ? '/' : '/root';
  Object.assign(env, envToRecord(extra));
  return env;
}
