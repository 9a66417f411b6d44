import type { Draft } from '@charter/shared';
import type { Credentials } from '../auth.js';
import type { AmendmentRow, AppStore, NeedRow } from '../store/types.js';
import { assertInitiative } from './auth.js';
import { forbidden, notFound } from './errors.js';

/**
 * What a token may reach, checked once for every route: the draft exists and
 * the token's initiative holds it (404, 403 otherwise).
 */
/** The draft, if it exists and the token's initiative holds it. */
export async function findDraft(app: AppStore, credentials: Credentials, id: string): Promise<Draft> {
  const draft = await app.getDraft(id);
  if (!draft) throw notFound('draft');
  assertInitiative(credentials, draft.initiativeId);
  return draft;
}

/** Go on only if the role may (`may` is one of shared's role checks); else a 403 that says why. */
export function allow(may: boolean, why: string): void {
  if (!may) throw forbidden(why);
}

/** The need, if it exists and the token's initiative holds it. */
export async function findNeed(app: AppStore, credentials: Credentials, id: string): Promise<NeedRow> {
  const need = await app.getNeed(id);
  if (!need) throw notFound('need');
  assertInitiative(credentials, need.initiativeId);
  return need;
}

/** The amendment, if it exists and the token's initiative holds it. */
export async function findAmendment(app: AppStore, credentials: Credentials, id: string): Promise<AmendmentRow> {
  const amendment = await app.getAmendment(id);
  if (!amendment) throw notFound('amendment');
  assertInitiative(credentials, amendment.initiativeId);
  return amendment;
}
