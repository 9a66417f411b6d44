import type { Draft, UpdateDraftBody } from '@charter/shared';
import { authorOf, type Credentials } from '../auth.js';
import { AppError, notFound } from '../http/errors.js';
import type { Services } from '../http/context.js';
import { AUTOMATIC_NAMES, saveVersion } from '../versions/save.js';

/**
 * Change a draft's title, status or archived flag. A new status reaches the
 * open rooms, is logged, and (review, adopted) keeps the text as it was then.
 */
export async function updateDraft(services: Services, draft: Draft, credentials: Credentials, patch: UpdateDraftBody): Promise<Draft> {
  const { app, collab } = services;
  // Read again after the body: the draft may have been adopted while it was on its way.
  const current = await app.getDraft(draft.id);
  if (!current) throw notFound('draft');
  if (patch.title !== undefined && current.status === 'adopted') {
    throw new AppError(409, 'adopted', 'This draft is adopted: its title can no longer change.');
  }
  const updated = await app.updateDraft(draft.id, patch, new Date().toISOString());
  if (!updated) throw notFound('draft');
  if (patch.status) {
    await collab.setStatus(draft.id, patch.status);
    if (patch.status !== draft.status) {
      await app.logActivity({
        initiativeId: draft.initiativeId, draftId: draft.id, at: updated.updatedAt, kind: 'status', author: authorOf(credentials), detail: patch.status,
      });
      // The body is closed to writes by now, so the version is the text that went to review or was adopted.
      if (patch.status !== 'drafting') await saveVersion(services, updated, patch.status, AUTOMATIC_NAMES[patch.status], authorOf(credentials));
    }
  }
  return updated;
}
