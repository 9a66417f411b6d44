import type { WebSocket } from 'ws';
import { TokenBucket } from '../rateLimit.js';

/**
 * Per connection: a burst of 2,000 messages, then 1,000 a second. People typing
 * send a few dozen a second. Past that, a client is slowed, not cut off: its
 * messages wait in order and are read at the budget's pace, and its socket is
 * paused meanwhile, so the room is not flooded and nothing it sent is dropped.
 */
const MESSAGE_BURST = 2_000;
const MESSAGES_PER_SECOND = 1_000;

/**
 * `held`: whether the caller keeps the socket paused for a reason of its own
 * (its document is not ready yet); the throttle then leaves resuming to it.
 */
export function throttle(
  ws: WebSocket,
  deliver: (message: Uint8Array) => void,
  held: () => boolean = () => false,
): (message: Uint8Array) => void {
  const budget = new TokenBucket(MESSAGE_BURST, MESSAGES_PER_SECOND);
  const backlog: Uint8Array[] = [];
  let timer: NodeJS.Timeout | null = null;

  const drain = () => {
    timer = null;
    while (backlog.length > 0 && budget.take()) deliver(backlog.shift()!);
    if (backlog.length > 0) schedule();
    else if (ws.isPaused && !held()) ws.resume();
  };
  const schedule = () => {
    timer ??= setTimeout(drain, Math.max(budget.waitMs(), 5));
  };

  ws.once('close', () => {
    if (timer) clearTimeout(timer);
    backlog.length = 0;
  });

  return (message) => {
    if (backlog.length === 0 && budget.take()) {
      deliver(message);
      return;
    }
    backlog.push(message);
    if (!ws.isPaused) ws.pause();
    schedule();
  };
}
