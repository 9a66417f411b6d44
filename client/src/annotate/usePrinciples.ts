import { useEffect, useState } from 'react';
import type { Principle } from '@charter/shared';
import { api, errorMessage } from '../api';
import { useLanguage } from '../i18n';

export interface PrincipleCatalogue {
  /** null until loaded. */
  principles: Principle[] | null;
  error: string | null;
}

/** The catalogue of principles in the reader's language (public, cached by the browser). */
export function usePrinciples(): PrincipleCatalogue {
  const [state, setState] = useState<PrincipleCatalogue>({ principles: null, error: null });
  // Fetched again when the reader switches the interface language.
  const lang = useLanguage();

  useEffect(() => {
    const controller = new AbortController();
    api<Principle[]>(`/api/principles?lang=${lang}`, { signal: controller.signal, keep: true }).then(
      (principles) => setState({ principles, error: null }),
      (caught: unknown) => {
        if (!controller.signal.aborted) setState({ principles: null, error: errorMessage(caught) });
      },
    );
    return () => controller.abort();
  }, [lang]);

  return state;
}
