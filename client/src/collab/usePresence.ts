import { useEffect, useState } from 'react';
import { isRole, type Role } from '@charter/shared';
import type { WebsocketProvider } from 'y-websocket';

/** What each browser publishes in its awareness state as `user` (the caret reads it too). */
export interface PresenceUser {
  name: string;
  color: string;
  role: Role;
}

export interface Present extends PresenceUser {
  clientId: number;
  isSelf: boolean;
  /** The clause their caret is in; null before they put it in the text. */
  clauseId: string | null;
}

function toUser(value: unknown): PresenceUser | null {
  if (typeof value !== 'object' || value === null) return null;
  const user = value as Record<string, unknown>;
  if (typeof user.name !== 'string' || typeof user.color !== 'string' || !isRole(user.role)) return null;
  return { name: user.name, color: user.color, role: user.role };
}

/** Everyone connected to this draft, yourself first. */
export function usePresence(provider: WebsocketProvider): Present[] {
  const [present, setPresent] = useState<Present[]>([]);

  useEffect(() => {
    const { awareness } = provider;
    const read = () => {
      const self = awareness.clientID;
      const list: Present[] = [];
      awareness.getStates().forEach((state, clientId) => {
        const { user: rawUser, clauseId } = state as { user?: unknown; clauseId?: unknown };
        const user = toUser(rawUser);
        if (!user) return;
        list.push({ ...user, clientId, isSelf: clientId === self, clauseId: typeof clauseId === 'string' ? clauseId : null });
      });
      list.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name));
      setPresent(list);
    };
    read();
    awareness.on('change', read);
    return () => awareness.off('change', read);
  }, [provider]);

  return present;
}

/**
 * Tell the others which clause this person is in: the `clauseId` field of the
 * awareness state, beside `user`. Called only when the clause changes, so
 * moving the caret within a clause sends nothing.
 */
export function usePublishClause(provider: WebsocketProvider, clauseId: string | null): void {
  useEffect(() => {
    provider.awareness.setLocalStateField('clauseId', clauseId);
  }, [provider, clauseId]);
}
