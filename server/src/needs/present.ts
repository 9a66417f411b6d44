import type { Need } from '@charter/shared';
import type { NeedRow } from '../store/types.js';

/** A need as the API gives it: without the initiative it belongs to. */
export function presentNeed({ initiativeId: _initiativeId, ...need }: NeedRow): Need {
  return need;
}
