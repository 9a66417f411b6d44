import type { Author, Draft, VersionKind, VersionSummary } from '@charter/shared';
import { randomId } from '@charter/shared';
import type { Collab } from '../collab/index.js';
import type { AppStore } from '../store/types.js';
import { captureText } from './texts.js';

/**
 * Save the draft's text as it is now as a version of its own: the body and
 * the notes as Yjs states and the clause list, under the draft's next number,
 * logged as `version` activity by `author`. Read once from the room, then
 * written to the store; the version is on disk when this resolves and never
 * changes after.
 *
 * Kinds: `named` (a person's), `review` and `adopted` (the draft moved there),
 * `restore` (the text before a restore), `amendment` (the text after an
 * accepted amendment).
 */
export async function saveVersion(
  services: { app: AppStore; collab: Collab },
  draft: Draft,
  kind: VersionKind,
  name: string,
  author: Author | null,
): Promise<VersionSummary> {
  const state = await captureText(services.collab, draft);
  const createdAt = new Date().toISOString();
  return services.app.createVersion(
    { id: randomId(), draftId: draft.id, name, kind, author, createdAt, ...state },
    { initiativeId: draft.initiativeId, draftId: draft.id, at: createdAt, kind: 'version', author },
  );
}

/** The names the server gives the versions it saves by itself. */
export const AUTOMATIC_NAMES = {
  review: 'In review',
  adopted: 'Adopted',
  restore: (number: number) => `Before restoring version ${number}`,
  /** Named after the words the clause took, cut short. */
  amendment: (text: string) => `Amendment accepted: “${text.length > 60 ? `${text.slice(0, 59).trimEnd()}…` : text}”`,
} as const;
