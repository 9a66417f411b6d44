import { useCallback, useEffect, useRef, useState } from 'react';
import type { Annotation, Need } from '@charter/shared';
import { errorMessage } from '../api';
import { listNeeds } from './needsApi';

export interface NeedsRegister {
  /** null until the first answer. */
  needs: Need[] | null;
  error: string | null;
  refresh(): void;
}

/** The initiative's needs register, fetched once and again whenever asked. */
export function useNeeds(initiativeId: string, token: string): NeedsRegister {
  const [needs, setNeeds] = useState<Need[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  // Only the newest request may answer: an older, slower one must not overwrite it.
  const latest = useRef(0);

  useEffect(() => {
    const controller = new AbortController();
    const mine = ++latest.current;
    listNeeds(initiativeId, token, controller.signal).then(
      (list) => {
        if (mine !== latest.current) return;
        setNeeds(list);
        setError(null);
      },
      (caught: unknown) => {
        if (controller.signal.aborted || mine !== latest.current) return;
        setError(errorMessage(caught));
      },
    );
    return () => controller.abort();
  }, [initiativeId, token, round]);

  const refresh = useCallback(() => setRound((n) => n + 1), []);
  return { needs, error, refresh };
}

/**
 * Links can name a need recorded after this page loaded the register (in
 * another tab, by another person): fetch the register again, once per such id.
 */
export function useRefreshForUnknownNeeds(annotations: Annotation[], register: NeedsRegister): void {
  const asked = useRef(new Set<string>());
  const { needs, refresh } = register;
  const missing = needs
    ? [...new Set(annotations.flatMap((a) => (a.type === 'need' ? [a.needId] : [])))].filter(
        (id) => !asked.current.has(id) && !needs.some((need) => need.id === id),
      )
    : [];
  const key = missing.join(' ');

  useEffect(() => {
    if (!key) return;
    key.split(' ').forEach((id) => asked.current.add(id));
    refresh();
  }, [key, refresh]);
}
