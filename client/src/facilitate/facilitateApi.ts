import type { DraftStatus, DraftSummary, Invite, Role, RosterEntry } from '@charter/shared';
import { api } from '../api';

/** The facilitator's calls: a draft's status, and a fresh invite for a role. */
export function setDraftStatus(draftId: string, token: string, status: DraftStatus): Promise<DraftSummary> {
  return api<DraftSummary>(`/api/drafts/${encodeURIComponent(draftId)}`, { method: 'PATCH', token, body: { status } });
}

/** Rename a draft, or archive it (true) or bring it back (false); an adopted draft keeps its title (409). */
export function updateDraft(draftId: string, token: string, patch: { title?: string; archived?: boolean }): Promise<DraftSummary> {
  return api<DraftSummary>(`/api/drafts/${encodeURIComponent(draftId)}`, { method: 'PATCH', token, body: patch });
}

/** A new drafting draft with the text and its principle and need links. */
export function duplicateDraft(draftId: string, token: string, title: string): Promise<{ id: string }> {
  return api<{ id: string }>(`/api/drafts/${encodeURIComponent(draftId)}/duplicate`, { method: 'POST', token, body: { title } });
}

/** A new link for the role, working until `expiresAt` if given; every earlier link of that role stops working at once. */
export function replaceInvite(initiativeId: string, token: string, role: Role, expiresAt?: string): Promise<Invite> {
  return api<Invite>(`/api/initiatives/${encodeURIComponent(initiativeId)}/invites/${role}`, {
    method: 'POST',
    token,
    body: expiresAt ? { expiresAt } : {},
  });
}

/** Who has joined the initiative, for its facilitators. */
export function listParticipants(initiativeId: string, token: string, signal?: AbortSignal): Promise<RosterEntry[]> {
  return api<RosterEntry[]>(`/api/initiatives/${encodeURIComponent(initiativeId)}/participants`, { token, signal });
}

/** Remove one person: their token stops at once, what they wrote stays under their name. */
export function removeParticipant(participantId: string, token: string): Promise<null> {
  return api<null>(`/api/participants/${encodeURIComponent(participantId)}`, { method: 'DELETE', token });
}
