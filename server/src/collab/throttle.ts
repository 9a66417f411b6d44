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

/** Where a throttle's admitted messages go. */
export interface ThrottleTarget {
  deliver(message: Uint8Array): void;
  /** The owner keeps the socket paused for a reason of its own (its document is not ready): resuming is left to it. */
  readonly held: boolean;
}

/**
 * One connection's budget. A server holds one per socket, so it is a plain
 * object: a backlog and a timer exist only while a client is being slowed.
 */
export class Throttle {
  private readonly messages = new TokenBucket(MESSAGE_BURST, MESSAGES_PER_SECOND);
  private readonly bytes = new TokenBucket(BYTE_BURST, BYTES_PER_SECOND);
  private backlog: Uint8Array[] | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly socket: Pick<WebSocket, 'pause' | 'resume' | 'isPaused'>,
    private readonly target: ThrottleTarget,
  ) {}

  receive(message: Uint8Array): void {
    if (!this.backlog?.length && this.admit(message)) {
      this.target.deliver(message);
      return;
    }
    (this.backlog ??= []).push(message);
    if (!this.socket.isPaused) this.socket.pause();
    this.schedule();
  }

  /** The socket closed: what still waits is dropped. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.backlog = null;
  }

  private admit(message: Uint8Array): boolean {
    return this.bytes.waitMs() === 0 && this.messages.take() && this.bytes.take(message.length);
  }

  private drain(): void {
    this.timer = null;
    const backlog = this.backlog;
    if (!backlog) return;
    while (backlog.length > 0 && this.admit(backlog[0]!)) this.target.deliver(backlog.shift()!);
    if (backlog.length > 0) this.schedule();
    else {
      this.backlog = null;
      if (this.socket.isPaused && !this.target.held) this.socket.resume();
    }
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => this.drain(), Math.max(this.messages.waitMs(), this.bytes.waitMs(), 5));
  }
}
