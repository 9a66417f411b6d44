import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

/**
 * A number that changes after every change to either document, so views
 * derived from both (the clause list, coverage) are computed again. Bumped at
 * once, not later: a checkbox that writes a link must show it checked in the
 * same render, or it would flicker back. React batches the bumps of one task.
 */
export function useDocsVersion(first: Y.Doc | undefined, second: Y.Doc | undefined): number {
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const docs = [first, second].filter((doc): doc is Y.Doc => doc !== undefined);
    const bump = () => setVersion((n) => n + 1);
    docs.forEach((doc) => doc.on('update', bump));
    // Changes made before we subscribed are picked up now.
    bump();
    return () => docs.forEach((doc) => doc.off('update', bump));
  }, [first, second]);

  return version;
}
