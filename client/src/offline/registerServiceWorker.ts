/// <reference types="vite/client" />

/**
 * Register the service worker that serves the app shell offline (built as
 * /sw.js; see client/offline/sw.js). After the page has loaded, so it never
 * competes with the page itself on a slow link; not in development, where
 * Vite serves the files.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // No worker (private mode, an old browser): the app works online only.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
