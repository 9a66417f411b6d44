const monotonicNow = (): number => performance.now();

/**
 * A token bucket: `capacity` tokens at once, refilled at `perSecond`. Used to
 * slow a flooding websocket (its socket is paused until tokens are back; one
 * bucket counts messages, another bytes) and to answer an API caller that
 * sends too much with 429.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    // One clock for every bucket: a server holds three per connection.
    private readonly now: () => number = monotonicNow,
  ) {
    this.tokens = capacity;
    this.last = this.now();
  }

  /**
   * Take `amount` tokens if there is at least one. An amount larger than what is
   * left overdraws the bucket (a message bigger than the burst still passes, once),
   * and nothing more is taken until it has refilled past the debt.
   */
  take(amount = 1): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens -= amount;
    return true;
  }

  /** Milliseconds until the next token. */
  waitMs(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) / this.perSecond) * 1000);
  }

  /** Is the bucket full again (nothing to remember about this caller)? */
  get full(): boolean {
    this.refill();
    return this.tokens >= this.capacity;
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
  }
}
