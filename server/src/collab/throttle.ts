import type { WebSocket } from 'ws';
import { TokenBucket } from '../rateLimit.js';

/**
 * Per connection: a burst of 2,000 messages, then 1,000 a second; and a burst
 * of 8 MB, then 2 MB a second (what a room passes on to each of its peers).
 * People typing send a few dozen small messages a second; a large paste or an
 * offline client catching up sends one big one. Past that, a client is slowed,
 * not cut off: its messages wait in order and are read at the budget's pace, and
 * its socket is paused meanwhile, so the room is not flooded and nothing it sent
 * is dropped.
 */
const MESSAGE_BURST = 2_000;
const MESSAGES_PER_SECOND = 1_000;
const BYTE_BURST = 8 * 1024 * 1024;
const BYTES_PER_SECOND = 2 * 1024 * 1024;

/**
 * `held`: whether the caller keeps the socket paused for a reason of its own
 * (its document is not ready yet); the throttle then leaves resuming to it.
 */
export function throttle(
  ws: WebSocket,
  deliver: (message: Uint8Array) => void,
  held: () => boolean = () => false,
): (message: Uint8Array) => void {
  const messages = new TokenBucket(MESSAGE_BURST, MESSAGES_PER_SECOND);
  const bytes = new TokenBucket(BYTE_BURST, BYTES_PER_SECOND);
  const admit = (message: Uint8Array) => bytes.waitMs() === 0 && messages.take() && bytes.take(message.length);
  const backlog: Uint8Array[] = [];
  let timer: NodeJS.Timeout | null = null;

  const drain = () => {
    timer = null;
    while (backlog.length > 0 && admit(backlog[0]!)) deliver(backlog.shift()!);
    if (backlog.length > 0) schedule();
    else if (ws.isPaused && !held()) ws.resume();
  };
  const schedule = () => {
    timer ??= setTimeout(drain, Math.max(messages.waitMs(), bytes.waitMs(), 5));
  };

  ws.once('close', () => {
    if (timer) clearTimeout(timer);
    backlog.length = 0;
  });

  return (message) => {
    if (backlog.length === 0 && admit(message)) {
      deliver(message);
      return;
    }
    backlog.push(message);
    if (!ws.isPaused) ws.pause();
    schedule();
  };
}
