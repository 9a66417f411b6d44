/**
 * How a room reaches the same room on other server instances. The room knows
 * only this seam; scale/redis.ts moves the bytes. Without REDIS_URL there is
 * no relay and a room is alone.
 */
export interface RelayHandlers {
  /** An update another instance has stored and applied. */
  update(update: Uint8Array): void;
  /** Presence from another instance's clients. */
  awareness(update: Uint8Array): void;
}

export interface Relay {
  /** Start hearing a document's room on other instances (before it loads, so nothing falls between). */
  join(name: string, handlers: RelayHandlers): Promise<void>;
  leave(name: string): void;
  /** An update this instance has stored: pass it on. */
  publishUpdate(name: string, update: Uint8Array): void;
  publishAwareness(name: string, update: Uint8Array): void;
  /** Draft-wide events (status, revocation) for every instance, this one included. */
  publishControl(event: ControlEvent): Promise<void>;
  onControl(handler: (event: ControlEvent) => void): void;
  close(): Promise<void>;
}

export type ControlEvent =
  | { type: 'status'; draftId: string; status: 'drafting' | 'review' | 'adopted' }
  | { type: 'revoke'; initiativeId: string; role: 'facilitator' | 'editor' | 'reviewer' | 'viewer' }
  | { type: 'remove'; participantId: string };
