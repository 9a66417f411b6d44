import { needAreas, randomId, type NeedBody, type UpdateNeedBody } from '@charter/shared';
import { authorOf, type Credentials } from '../auth.js';
import type { NeedsQuery } from '../http/queries.js';
import type { AppStore, NeedRow } from '../store/types.js';

/** Today's date as YYYY-MM-DD. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The initiative's needs that match the filters; archived ones only when asked for. */
export async function listNeeds(app: AppStore, initiativeId: string, { community, rightsArea, archived }: NeedsQuery): Promise<NeedRow[]> {
  return (await app.listNeeds(initiativeId)).filter(
    (need) =>
      (archived || !need.archived) &&
      (!rightsArea || need.rightsAreas.includes(rightsArea)) &&
      (!community || need.communities.some((name) => name.toLowerCase() === community)),
  );
}

/** Record a need in the initiative's register: its id. */
export async function recordNeed(app: AppStore, initiativeId: string, credentials: Credentials, body: NeedBody): Promise<string> {
  const now = new Date().toISOString();
  const areas = needAreas(body);
  const need: NeedRow = {
    id: randomId(),
    initiativeId,
    statement: body.statement,
    communities: [...new Set(body.communities)],
    rightsArea: areas[0]!,
    rightsAreas: areas,
    source: body.source,
    date: body.date ?? today(),
    archived: false,
    author: authorOf(credentials),
    voice: body.voice ?? 'community',
    createdAt: now,
    updatedAt: now,
  };
  await app.createNeed(need);
  return need.id;
}

/** Edit or archive a need (never delete it). */
export async function editNeed(app: AppStore, need: NeedRow, { rightsArea, rightsAreas, ...patch }: UpdateNeedBody): Promise<NeedRow> {
  const areas = needAreas({ rightsArea, rightsAreas });
  const updated: NeedRow = {
    ...need,
    ...patch,
    // New areas replace the old ones; none given keeps them.
    ...(areas.length > 0 ? { rightsArea: areas[0]!, rightsAreas: areas } : {}),
    communities: patch.communities ? [...new Set(patch.communities)] : need.communities,
    updatedAt: new Date().toISOString(),
  };
  await app.saveNeed(updated);
  return updated;
}
