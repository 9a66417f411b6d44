import * as Y from 'yjs';
import { ROLES, randomId, writeTemplate, type CreateDraftBody, type CreateInitiativeBody, type Draft, type DraftKind, type Language, type Role } from '@charter/shared';
import { newToken } from '../auth.js';
import { issueInvite } from '../invites/issue.js';
import type { Collab } from '../collab/index.js';
import { AppError } from '../http/errors.js';
import type { AppStore } from '../store/types.js';

interface Deps {
  app: AppStore;
  collab: Collab;
}

/** The longest an expiring invite may be given. */
const MAX_INVITE_LIFETIME_MS = 366 * 24 * 60 * 60 * 1000;

/** Start an initiative with one invite per role: its id and each role's token (only their hashes are kept). */
export async function createInitiative(app: AppStore, body: CreateInitiativeBody): Promise<{ id: string; tokens: Record<Role, string> }> {
  const id = randomId();
  const tokens = ROLES.map((role) => ({ role, ...newToken() }));
  await app.createInitiative(
    { id, name: body.name, place: body.place, createdAt: new Date().toISOString() },
    tokens.map(({ role, hash }) => ({ role, tokenHash: hash })),
  );
  return { id, tokens: Object.fromEntries(tokens.map(({ role, token }) => [role, token])) as Record<Role, string> };
}

/** Start a draft, written in its language, from the template in `body.template` when given. */
export function createDraft(deps: Deps, initiativeId: string, body: CreateDraftBody): Promise<string> {
  const template = body.template;
  const language = body.language ?? template ?? 'en';
  return startDraft(deps, initiativeId, { title: body.title, kind: body.kind, language }, template ? (doc) => writeTemplate(doc, body.kind, template) : null);
}

/** Start a draft whose text is an imported file's, read whole beforehand (so a file that fails makes no draft). */
export function importDraft(deps: Deps, initiativeId: string, fields: { title: string; kind: DraftKind; language?: Language }, update: Uint8Array): Promise<string> {
  const { title, kind, language = 'en' } = fields;
  return startDraft(deps, initiativeId, { title, kind, language }, (doc) => Y.applyUpdate(doc, update));
}

async function startDraft(
  { app, collab }: Deps,
  initiativeId: string,
  fields: Pick<Draft, 'title' | 'kind' | 'language'>,
  write: ((doc: Y.Doc) => void) | null,
): Promise<string> {
  const id = randomId();
  await app.createDraft({ id, initiativeId, ...fields, status: 'drafting', updatedAt: new Date().toISOString() });
  if (write) await collab.changeBody(id, write);
  return id;
}

/**
 * A new invite for a role, in place of the old one, whose connections close at
 * once; `expiresAt`, when given, within a year from now.
 */
export async function replaceInvite({ app, collab }: Deps, initiativeId: string, role: Role, expiresAt: string | undefined) {
  const now = new Date();
  const expiry = expiresAt === undefined ? null : new Date(expiresAt);
  if (expiry && (expiry <= now || expiry.getTime() - now.getTime() > MAX_INVITE_LIFETIME_MS)) {
    throw new AppError(400, 'invalid_request', 'expiresAt: must be in the future and within a year.');
  }
  const token = await issueInvite(app, initiativeId, role, now, expiry);
  await collab.revoke(initiativeId, role);
  return { token, expiresAt: expiry?.toISOString() ?? null };
}
