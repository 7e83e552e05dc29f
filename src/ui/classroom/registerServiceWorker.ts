// The offline service worker (public/sw.js), registered once the app is up (it precaches the
// chunks, so it should not compete with the first paint). Production builds only: the dev server's
// modules are not files it could cache.
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // No service worker (a private window, an old browser): the app still works online.
  });
}

/** "Make available offline": the worker caches the large lazy parts (the database engine) too. */
export async function cacheEverything(): Promise<void> {
  const registration = await navigator.serviceWorker?.ready;
  registration?.active?.postMessage({ type: 'cache-all' });
}
