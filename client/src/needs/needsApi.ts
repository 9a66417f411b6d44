import type { Need, NeedBody, UpdateNeedBody } from '@charter/shared';
import { api } from '../api';

/**
 * The needs register over HTTP. The whole register comes in one call, archived
 * needs included: registers are small, and filtering in the page is instant.
 */
export async function listNeeds(initiativeId: string, token: string, signal?: AbortSignal): Promise<Need[]> {
  const list = await api<Need[]>(`/api/initiatives/${encodeURIComponent(initiativeId)}/needs?archived=true`, { token, signal, keep: true });
  // A register kept for offline use before needs had several areas names one.
  return list.map((need) => ({ ...need, rightsAreas: need.rightsAreas ?? [need.rightsArea] }));
}

export function recordNeed(initiativeId: string, token: string, body: NeedBody): Promise<{ id: string }> {
  return api<{ id: string }>(`/api/initiatives/${encodeURIComponent(initiativeId)}/needs`, { method: 'POST', token, body });
}

export function updateNeed(needId: string, token: string, body: UpdateNeedBody): Promise<Need> {
  return api<Need>(`/api/needs/${encodeURIComponent(needId)}`, { method: 'PATCH', token, body });
}
