import type { Logger } from '../log.js';
import type { AppStore, ContributionRow } from '../store/types.js';

/** How often counted work is written: often enough for a live page, never a write per keystroke. */
const FLUSH_EVERY_MS = 3_000;

/**
 * Who shaped the text, counted where the work already passes (the room knows
 * which clauses each person's change touched) and kept in memory: each
 * person-and-clause once per interval, written in one transaction.
 */
export class ContributionLog {
  private pending = new Map<string, ContributionRow>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly app: AppStore,
    private readonly logger: Logger,
  ) {
    this.timer = setInterval(() => void this.flush(), FLUSH_EVERY_MS);
    this.timer.unref();
  }

  add(row: ContributionRow): void {
    const key = `${row.draftId}\u0000${row.person}\u0000${row.kind}\u0000${row.ref}`;
    if (!this.pending.has(key)) this.pending.set(key, row);
  }

  /** Write what was counted; a failed write keeps the rows for the next try. */
  async flush(): Promise<void> {
    if (this.pending.size === 0) return;
    const rows = [...this.pending.values()];
    this.pending = new Map();
    try {
      await this.app.recordContributions(rows);
    } catch (error) {
      this.logger.error('contribution counts not stored; kept for the next try', { rows: rows.length, error: String(error) });
      for (const row of rows) this.add(row);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
