import type { CreatedInitiative, DraftKind } from '@charter/shared';

/** A JSON request to the server; returns the status and the parsed body. */
export async function request<T = unknown>(
  base: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; rawBody?: string } = {},
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  const response = await fetch(base + path, {
    method,
    headers,
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

export interface Fixture {
  initiative: CreatedInitiative;
  tokens: Record<'facilitator' | 'editor' | 'reviewer' | 'viewer', string>;
  draftId: string;
}

/** An initiative with its four invites and one draft. */
export async function createFixture(base: string, kind: DraftKind = 'charter'): Promise<Fixture> {
  const created = await request<CreatedInitiative>(base, 'POST', '/api/initiatives', {
    body: { name: 'Human Rights City of Riverside', place: 'Riverside' },
  });
  if (created.status !== 201) throw new Error(`initiative: ${created.status} ${JSON.stringify(created.body)}`);
  const initiative = created.body;
  const tokens = {
    facilitator: initiative.invites.facilitator.token,
    editor: initiative.invites.editor.token,
    reviewer: initiative.invites.reviewer.token,
    viewer: initiative.invites.viewer.token,
  };
  const draft = await request<{ id: string }>(base, 'POST', `/api/initiatives/${initiative.id}/drafts`, {
    token: tokens.facilitator,
    body: { title: 'Riverside Human Rights Charter', kind },
  });
  if (draft.status !== 201) throw new Error(`draft: ${draft.status} ${JSON.stringify(draft.body)}`);
  return { initiative, tokens, draftId: draft.body.id };
}

/** A person joins with an invite token; returns their personal token and id. */
export async function join(
  base: string,
  inviteToken: string,
  name: string,
  communities?: string[],
): Promise<{ id: string; name: string; token: string; role: string; communities: string[] }> {
  const joined = await request<{ id: string; name: string; token: string; role: string; communities: string[] }>(base, 'POST', '/api/participants', {
    token: inviteToken,
    body: { name, ...(communities ? { communities } : {}) },
  });
  if (joined.status !== 201) throw new Error(`join: ${joined.status} ${JSON.stringify(joined.body)}`);
  return joined.body;
}
