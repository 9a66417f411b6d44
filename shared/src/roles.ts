/** The four roles of CONTRACT.md and what each may do. One table, read by server and client. */
export const ROLES = ['facilitator', 'editor', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** May this role change the text (the `body` of a draft)? */
export function canWriteBody(role: Role): boolean {
  return role === 'facilitator' || role === 'editor';
}

/** May this role change annotations and comments (the `.notes` document)? */
export function canWriteNotes(role: Role): boolean {
  return role !== 'viewer';
}

/** Session controls, drafts and invites. */
export function canManage(role: Role): boolean {
  return role === 'facilitator';
}

/** Record and edit the community's needs in the initiative's register. */
export function canRecordNeeds(role: Role): boolean {
  return canWriteBody(role);
}

/** Save a named version of a draft: whoever may write its text. */
export function canSaveVersion(role: Role): boolean {
  return canWriteBody(role);
}
