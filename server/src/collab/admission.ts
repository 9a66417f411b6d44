import { CloseCode, parseDocName } from '@charter/shared';
import { authenticate, type Credentials } from '../auth.js';
import type { AppStore } from '../store/types.js';

/** Who may open a document: the credentials to join with, or a refusal with its close code. */
export type Admission =
  | { admitted: true; docName: string; credentials: Credentials }
  | { admitted: false; code: CloseCode; reason: string };

const refuse = (code: CloseCode, reason: string): Admission => ({ admitted: false, code, reason });

/**
 * Admission to `/collab/<document>?token=…`: the token must be live, the
 * document's name must read as one of a draft's documents, the draft must exist and
 * belong to the token's initiative. Knows no socket: the adapter closes with
 * the code it is given.
 */
export async function admit(app: AppStore, encodedName: string, token: string | null): Promise<Admission> {
  // The token first: without a live one nothing else is answered, whatever the address.
  const credentials = await authenticate(app, token);
  if (!credentials) return refuse(CloseCode.Unauthorized, 'invalid or revoked token');
  let docName: string;
  try {
    docName = decodeURIComponent(encodedName);
  } catch {
    return refuse(CloseCode.NotFound, 'no such document');
  }
  const parsed = parseDocName(docName);
  const draft = parsed ? await app.getDraft(parsed.draftId) : null;
  if (!draft) return refuse(CloseCode.NotFound, 'no such draft');
  if (draft.initiativeId !== credentials.initiativeId) return refuse(CloseCode.Forbidden, 'not your initiative');
  return { admitted: true, docName, credentials };
}
