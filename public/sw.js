// Docker Pathshala's service worker, hand-written. The app works offline once it has been opened:
// - install: the page (index.html), the manifest and icons, and every built chunk reachable from the
//   page (the shell, lessons, views, fonts), found by following the hashed file names each chunk
//   names — except the large database engine (PGlite), which is cached when first used, or with
//   the rest on the message {type: 'cache-all'} ("make available offline").
// - fetch: hashed assets cache-first (a name never changes content); the page network-first with
//   the cached copy offline; other files of ours stale-while-revalidate. Other origins: untouched.
const CACHE = 'pathshala-v1';
const SHELL = ['./', './manifest.json', './icon.svg', './favicon.svg'];
const ASSET_NAME = /[\w.~-]+-[\w-]{8}\.(?:js|css|woff2?|svg|wasm|data)/g;
const LARGE = /pglite/i;

const scopeUrl = (path) => new URL(path, self.registration.scope).href;

async function crawl(includeLarge) {
  const cache = await caches.open(CACHE);
  const seen = new Set();
  const queue = [];
  const found = (text) => {
    for (const name of text.match(ASSET_NAME) ?? []) {
      if (seen.has(name) || (!includeLarge && LARGE.test(name))) continue;
      seen.add(name);
      queue.push(name);
    }
  };
  for (const path of SHELL) {
    const response = await fetch(scopeUrl(path), { cache: 'no-cache' });
    if (!response.ok) continue;
    if (path === './') found(await response.clone().text());
    await cache.put(scopeUrl(path), response);
  }
  while (queue.length > 0) {
    const url = scopeUrl(`assets/${queue.shift()}`);
    const cached = await cache.match(url);
    const response = cached ?? (await fetch(url).catch(() => null));
    // A name in a chunk's text that is no file of ours (a string in the simulator's data): skip it.
    if (!response || !response.ok) continue;
    if (/\.(?:js|css)$/.test(url)) found(await response.clone().text());
    if (!cached) await cache.put(url, response);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(crawl(false).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'cache-all') return;
  event.waitUntil(crawl(true).then(() => event.source?.postMessage({ type: 'cached-all' })));
});

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

async function pageNetworkFirst(request) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(CACHE);
      await cache.put(scopeUrl('./'), response.clone());
    }
    return response;
  } catch {
    return (await caches.match(scopeUrl('./'))) ?? Response.error();
  }
}

async function staleWhileRevalidate(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  const fresh = fetch(request)
    .then((response) => {
      if (response.ok) void cache.put(request, response.clone());
      return response;
    })
    .catch(() => cached ?? Response.error());
  return cached ?? fresh;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(pageNetworkFirst(request));
  else if (request.url.startsWith(scopeUrl('assets/'))) event.respondWith(cacheFirst(request));
  else event.respondWith(staleWhileRevalidate(request));
});
