import { useEffect, useState } from 'react';

/** Wide enough for the review page's side column and its tools side by side. */
const WIDE = '(min-width: 64rem)';

/** Is the screen wide now? Follows the window as it is resized or turned. */
export function useWide(): boolean {
  const [wide, setWide] = useState(() => typeof window === 'undefined' || window.matchMedia(WIDE).matches);
  useEffect(() => {
    const query = window.matchMedia(WIDE);
    const follow = () => setWide(query.matches);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  return wide;
}
