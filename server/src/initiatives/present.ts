import type { CreatedInitiative, Draft, DraftSummary, Invite, Role } from '@charter/shared';

/** Invite links point at the address the request came in on: what the person can reach. */
export function presentInvite(origin: string, token: string, expiresAt: string | null = null): Invite {
  const invite = { token, url: `${origin}/join/${token}` };
  return expiresAt ? { ...invite, expiresAt } : invite;
}

export function presentCreatedInitiative(origin: string, id: string, tokens: Record<Role, string>): CreatedInitiative {
  const invites = Object.fromEntries(Object.entries(tokens).map(([role, token]) => [role, presentInvite(origin, token)])) as Record<Role, Invite>;
  return { id, invites };
}

/** Archived drafts stay in the list, flagged, so nothing disappears for a script. */
export function presentDraftSummary({ id, title, kind, status, updatedAt, archived }: Draft): DraftSummary {
  return { id, title, kind, status, updatedAt, archived };
}
