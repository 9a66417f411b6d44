import { z } from 'zod';
import { DRAFT_STATUSES, ID_PATTERN, ROLES } from '@charter/shared';

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
  /** Draft-wide events (status, revocation) for every other instance (this one has applied them already). */
  publishControl(event: ControlEvent): Promise<void>;
  onControl(handler: (event: ControlEvent) => void): void;
  close(): Promise<void>;
}

/**
 * Draft-wide events. What arrives from another instance is checked against this
 * schema before it is applied: the channel is shared, its contents are input.
 */
export const ControlEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('status'), draftId: z.string().regex(ID_PATTERN), status: z.enum(DRAFT_STATUSES) }),
  z.object({ type: z.literal('revoke'), initiativeId: z.string().regex(ID_PATTERN), role: z.enum(ROLES) }),
  z.object({ type: z.literal('remove'), participantId: z.string().regex(ID_PATTERN) }),
]);
export type ControlEvent = z.infer<typeof ControlEvent>;
