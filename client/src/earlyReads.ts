/**
 * The reads a draft page's HTML starts before the app's code has arrived (an
 * inline script in index.html), by token and path. Each answers one call: a
 * later call of the same read goes to the network.
 */
declare global {
  interface Window {
    charterEarlyReads?: Map<string, Promise<Response>>;
  }
}

export function takeEarlyRead(token: string | undefined, path: string): Promise<Response> | undefined {
  if (typeof window === 'undefined' || !token) return undefined;
  const reads = window.charterEarlyReads;
  const key = `${token} ${path}`;
  const read = reads?.get(key);
  reads?.delete(key);
  return read;
}
