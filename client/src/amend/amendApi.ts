import type { AcceptAmendmentBody, AmendmentStance } from '@charter/shared';
import { api } from '../api';

/**
 * The amendment commands. Each goes through the API (the `.decisions`
 * document takes no client's write); its result comes back live through that document.
 */
export function proposeAmendment(token: string, draftId: string, clauseId: string, text: string, rationale: string) {
  return api<{ id: string }>(`/api/drafts/${encodeURIComponent(draftId)}/amendments`, {
    method: 'POST',
    token,
    body: { clauseId, text, ...(rationale.trim() ? { rationale } : {}) },
  });
}

const amendmentPath = (id: string, action: string) => `/api/amendments/${encodeURIComponent(id)}/${action}`;

export function takeStance(token: string, id: string, stance: AmendmentStance, reason: string) {
  return api(amendmentPath(id, 'stances'), { method: 'POST', token, body: { stance, ...(reason.trim() ? { reason } : {}) } });
}

export function withdrawAmendment(token: string, id: string) {
  return api(amendmentPath(id, 'withdraw'), { method: 'POST', token });
}

export function acceptAmendment(token: string, id: string, body: AcceptAmendmentBody) {
  return api(amendmentPath(id, 'accept'), { method: 'POST', token, body });
}

export function declineAmendment(token: string, id: string, note: string) {
  return api(amendmentPath(id, 'decline'), { method: 'POST', token, body: { note } });
}
