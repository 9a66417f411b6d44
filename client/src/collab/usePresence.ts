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
        const user = toUser((state as { user?: unknown }).user);
        if (user) list.push({ ...user, clientId, isSelf: clientId === self });
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
