// The service worker: serves the app shell (index.html and the built assets)
// from a cache so a page reloaded offline still opens. The build fills in
// PRECACHE (every built file) and VERSION (a hash of their names); a new build
// is a new cache, and the old one is deleted once the new worker takes over.
// The API, the websocket and this file itself always go to the network.

const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `charter-shell-${VERSION}`;
const SHELL = '/index.html';
/** On a bad link, a page load waits this long for the server before using the cached shell. */
const NAVIGATION_TIMEOUT_MS = 4000;

// A new version waits until no page runs the old one (no skipWaiting): an open page
// may still load one of its old chunks, which only the old cache holds. Pages opened
// meanwhile get the new index.html from the network, and its new files from there.
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key.startsWith('charter-shell-') && key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

function cachedShell() {
  return caches.open(CACHE).then((cache) => cache.match(SHELL));
}

/** The network's answer to a page load, or the cached shell when the network fails or is too slow. */
function navigate(request) {
  return new Promise((resolve, reject) => {
    let settled = false;
    const fallback = () =>
      cachedShell().then((shell) => {
        if (settled) return;
        if (shell) {
          settled = true;
          resolve(shell);
        }
      });
    const timer = setTimeout(fallback, NAVIGATION_TIMEOUT_MS);
    fetch(request).then(
      (response) => {
        clearTimeout(timer);
        if (settled) return;
        settled = true;
        resolve(response);
      },
      (error) => {
        clearTimeout(timer);
        fallback().then(() => {
          if (!settled) reject(error);
        });
      },
    );
  });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const path = url.pathname;
  if (path.startsWith('/api/') || path.startsWith('/collab') || path === '/healthz' || path === '/sw.js') return;

  if (request.mode === 'navigate') {
    event.respondWith(navigate(request));
    return;
  }
  if (path.startsWith('/assets/')) {
    // Hashed names never change content: the cache first, the network for anything missing.
    event.respondWith(
      caches
        .open(CACHE)
        .then((cache) => cache.match(request))
        .then((hit) => hit || fetch(request)),
    );
  }
});
