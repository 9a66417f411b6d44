import type { Clause, DraftDiff, VersionSummary } from '@charter/shared';
import { api } from '../api';

/** The calls of a draft's history: versions, the diff, restore, and a person's "reviewed" mark. */
const draftPath = (draftId: string) => `/api/drafts/${encodeURIComponent(draftId)}`;

export function listVersions(draftId: string, token: string, signal?: AbortSignal): Promise<VersionSummary[]> {
  return api<VersionSummary[]>(`${draftPath(draftId)}/versions`, { token, signal });
}

export function saveVersion(draftId: string, token: string, name: string): Promise<VersionSummary> {
  return api<VersionSummary>(`${draftPath(draftId)}/versions`, { method: 'POST', token, body: { name } });
}

export function versionClauses(draftId: string, token: string, versionId: string, signal?: AbortSignal): Promise<Clause[]> {
  return api<Clause[]>(`${draftPath(draftId)}/clauses?${new URLSearchParams({ version: versionId })}`, { token, signal });
}

/** `from`: a version id or "reviewed"; `to`: a version id or "current". */
export function compare(draftId: string, token: string, from: string, to: string, signal?: AbortSignal): Promise<DraftDiff> {
  return api<DraftDiff>(`${draftPath(draftId)}/diff?${new URLSearchParams({ from, to })}`, { token, signal });
}

export function restoreVersion(draftId: string, token: string, versionId: string): Promise<{ saved: VersionSummary }> {
  return api(`${draftPath(draftId)}/versions/${encodeURIComponent(versionId)}/restore`, { method: 'POST', token });
}

export function markReviewed(draftId: string, token: string): Promise<{ at: string }> {
  return api(`${draftPath(draftId)}/reviewed`, { method: 'POST', token });
}

export function lastReviewed(draftId: string, token: string, signal?: AbortSignal): Promise<{ at: string | null }> {
  return api(`${draftPath(draftId)}/reviewed`, { token, signal });
}
