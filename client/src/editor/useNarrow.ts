import { useSyncExternalStore } from 'react';

/** Below this width the side panel is a sheet and a bar shows the live session (the stylesheet's 56rem). */
const NARROW = '(max-width: 55.99rem)';

function subscribe(changed: () => void): () => void {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', changed);
  return () => query.removeEventListener('change', changed);
}

/** Is the window narrow (a phone, a small tablet)? Follows resizes and rotation. */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW).matches);
}
