// A Map-backed Storage for tests, with an optional quota in characters (Chromium counts UTF-16 units).
import type { SessionStorage } from './sessionSchema';

export function fakeStorage(quota = Infinity): SessionStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (key) => map.get(key) ?? null,
    setItem(key, value) {
      const used = [...map].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
      if (used + key.length + value.length > quota) {
        throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError', code: 22 });
      }
      map.set(key, value);
    },
    removeItem: (key) => void map.delete(key),
  };
}
