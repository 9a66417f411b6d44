import { useCallback } from 'react';
import { usePrinciples } from '../annotate/usePrinciples';
import { useNeeds } from '../needs/useNeeds';

/** A principle's title or a need's statement for an id the diff lists; the id itself until they load. */
export function useLinkNames(token: string, initiativeId: string): (id: string) => string {
  const { principles } = usePrinciples();
  const { needs } = useNeeds(initiativeId, token);
  return useCallback(
    (id: string) => principles?.find((p) => p.id === id)?.title ?? needs?.find((n) => n.id === id)?.statement ?? id,
    [principles, needs],
  );
}
