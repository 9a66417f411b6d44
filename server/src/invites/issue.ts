import type { Invite, Role } from '@charter/shared';
import { newToken } from '../auth.js';
import type { AppStore } from '../store/types.js';

/** Invite links point at an address the people who get them can reach. */
export function inviteFor(origin: string, token: string): Invite {
  return { token, url: `${origin}/join/${token}` };
}

/**
 * A new invite for a role, replacing every earlier one of that role in one
 * transaction: from then on the API answers the old tokens 401. Closing the
 * sockets opened with them is the running server's part (`collab.revoke`).
 */
export async function issueInvite(app: AppStore, initiativeId: string, role: Role, now: Date, expiry: Date | null): Promise<string> {
  const { token, hash } = newToken();
  await app.replaceInvite(initiativeId, role, hash, now.toISOString(), expiry?.toISOString() ?? null);
  return token;
}
