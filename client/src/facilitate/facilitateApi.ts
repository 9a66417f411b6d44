import type { DraftStatus, DraftSummary, Invite, Role } from '@charter/shared';
import { api } from '../api';

/** The facilitator's calls: a draft's status, and a fresh invite for a role. */
export function setDraftStatus(draftId: string, token: string, status: DraftStatus): Promise<DraftSummary> {
  return api<DraftSummary>(`/api/drafts/${encodeURIComponent(draftId)}`, { method: 'PATCH', token, body: { status } });
}

/** A new link for the role, working until `expiresAt` if given; every earlier link of that role stops working at once. */
export function replaceInvite(initiativeId: string, token: string, role: Role, expiresAt?: string): Promise<Invite> {
  return api<Invite>(`/api/initiatives/${encodeURIComponent(initiativeId)}/invites/${role}`, {
    method: 'POST',
    token,
    body: expiresAt ? { expiresAt } : {},
  });
}
