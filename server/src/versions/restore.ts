import type { Author, Draft, VersionSummary } from '@charter/shared';
import type { Collab } from '../collab/index.js';
import { AppError } from '../http/errors.js';
import type { AppStore } from '../store/types.js';
import { AUTOMATIC_NAMES, saveVersion } from './save.js';
import { findVersion, replaceLiveText } from './texts.js';

/**
 * Put a version's text back, while the draft is being drafted: the text as it
 * is first becomes a `restore` version, then the live text becomes the
 * version's for everyone connected. Returns the version saved before.
 */
export async function restoreVersion(
  services: { app: AppStore; collab: Collab },
  draft: Draft,
  versionId: string,
  author: Author | null,
): Promise<VersionSummary> {
  const version = await findVersion(services.app, draft, versionId);
  if (draft.status !== 'drafting') {
    throw new AppError(409, 'not_drafting', `This draft is in ${draft.status}: a version can be restored only while it is being drafted.`);
  }
  const before = await saveVersion(services, draft, 'restore', AUTOMATIC_NAMES.restore(version.number), author);
  await replaceLiveText(services.collab, draft, version);
  await services.app.logActivity({
    initiativeId: draft.initiativeId,
    draftId: draft.id,
    at: new Date().toISOString(),
    kind: 'restore',
    author,
    detail: `${version.number}. ${version.name}`,
  });
  return before;
}
