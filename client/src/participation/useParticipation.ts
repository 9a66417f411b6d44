import { useEffect, useState } from 'react';
import type { Participation } from '@charter/shared';
import { api, errorMessage } from '../api';

/** How often the counts are asked again while the page is open. */
const REFRESH_MS = 15_000;

/** `GET /api/drafts/:id/participation`, asked again every few seconds while shown. */
export function useParticipation(draftId: string, token: string): { data: Participation | null; error: string | null } {
  const [data, setData] = useState<Participation | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const load = () =>
      api<Participation>(`/api/drafts/${encodeURIComponent(draftId)}/participation`, { token, signal: controller.signal }).then(
        (next) => {
          setData(next);
          setError(null);
        },
        (failure: unknown) => {
          if (!controller.signal.aborted) setError(errorMessage(failure));
        },
      );
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      controller.abort();
      clearInterval(timer);
    };
  }, [draftId, token]);
  return { data, error };
}
