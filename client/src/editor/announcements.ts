/**
 * What the live region says about other people's work: who edited which
 * clauses, who commented on which, who joined and who left, gathered over a
 * few seconds and said in one sentence, never keystroke by keystroke. Pure:
 * the clock and the words come from the caller, so it is tested without a
 * browser.
 */

/** Work on clauses: one clause, several, or none that is still in the text. */
type ClauseWork = `${'edited' | 'commented'}${'One' | 'Many' | 'Text'}`;

/** One sentence to say: its dictionary key (under `announce.`) and its values. */
export interface Sentence {
  key: ClauseWork | 'joined' | 'left';
  names: string[];
  clauses: number[];
}

export interface AnnouncerOptions {
  /** Quiet time after the last change before the batch is said. */
  quietMs: number;
  /** The longest a change waits, however busy the others are. */
  maxWaitMs: number;
  /** The least time between two announcements. */
  minGapMs: number;
  /** A person's edits to a clause announced less than this ago are not said again. */
  repeatAfterMs: number;
}

export const ANNOUNCER_DEFAULTS: AnnouncerOptions = {
  quietMs: 1500,
  maxWaitMs: 3000,
  minGapMs: 3000,
  repeatAfterMs: 30_000,
};

/**
 * Collects edits, comments and presence changes, and decides when and what to
 * say. `edited(name, clauseId)` for each clause a person changed;
 * `commented(name, clauseId)` for each new comment or reply; `joined(name)` and
 * `left(name)` for presence; `due()` says when to call `flush(now, numberOf)`,
 * which returns the sentences to say (empty when everything was said recently).
 */
export class Announcer {
  private readonly options: AnnouncerOptions;
  /** Who edited which clauses (ids; null for a change outside any clause), since the last flush. */
  private edits = new Map<string, Set<string | null>>();
  /** Who commented on which clauses, since the last flush. */
  private comments = new Map<string, Set<string>>();
  private joins: string[] = [];
  private leaves: string[] = [];
  private firstAt: number | null = null;
  private lastAt = 0;
  private lastFlush = -Infinity;
  /** "name\u0000clauseId" → when that person last edited that clause (said or not). */
  private recent = new Map<string, number>();

  constructor(options: Partial<AnnouncerOptions> = {}) {
    this.options = { ...ANNOUNCER_DEFAULTS, ...options };
  }

  edited(name: string, clauseId: string | null, now: number): void {
    let clauses = this.edits.get(name);
    if (!clauses) this.edits.set(name, (clauses = new Set()));
    clauses.add(clauseId);
    this.touch(now);
  }

  /** Each comment is news: unlike edits, the same clause is said again. */
  commented(name: string, clauseId: string, now: number): void {
    let clauses = this.comments.get(name);
    if (!clauses) this.comments.set(name, (clauses = new Set()));
    clauses.add(clauseId);
    this.touch(now);
  }

  joined(name: string, now: number): void {
    const wasLeaving = this.leaves.indexOf(name);
    // Left and came back within one batch (a reload): nothing to say.
    if (wasLeaving >= 0) this.leaves.splice(wasLeaving, 1);
    else if (!this.joins.includes(name)) this.joins.push(name);
    this.touch(now);
  }

  left(name: string, now: number): void {
    const wasJoining = this.joins.indexOf(name);
    if (wasJoining >= 0) this.joins.splice(wasJoining, 1);
    else if (!this.leaves.includes(name)) this.leaves.push(name);
    this.touch(now);
  }

  /** When the pending batch should be said, or null when nothing is pending. */
  due(): number | null {
    if (this.firstAt === null) return null;
    const { quietMs, maxWaitMs, minGapMs } = this.options;
    return Math.max(Math.min(this.lastAt + quietMs, this.firstAt + maxWaitMs), this.lastFlush + minGapMs);
  }

  /**
   * The sentences for everything pending, and a fresh batch. `numberOf` gives a
   * clause's place in the text now (from 1), or null if it is gone.
   */
  flush(now: number, numberOf: (clauseId: string) => number | null): Sentence[] {
    const sentences: Sentence[] = [];
    if (this.joins.length) sentences.push({ key: 'joined', names: this.joins, clauses: [] });
    if (this.leaves.length) sentences.push({ key: 'left', names: this.leaves, clauses: [] });

    const editors: string[] = [];
    const numbers = new Set<number>();
    for (const [name, clauses] of this.edits) {
      let fresh = false;
      for (const clauseId of clauses) {
        const key = `${name}\u0000${clauseId ?? ''}`;
        const before = this.recent.get(key);
        this.recent.set(key, now);
        if (before !== undefined && now - before < this.options.repeatAfterMs) continue;
        const number = clauseId === null ? null : numberOf(clauseId);
        if (number !== null) numbers.add(number);
        fresh = true;
      }
      if (fresh) editors.push(name);
    }
    if (editors.length) sentences.push(aboutClauses('edited', editors, numbers));

    const commented = new Set<number>();
    for (const clauses of this.comments.values()) {
      for (const clauseId of clauses) {
        const number = numberOf(clauseId);
        if (number !== null) commented.add(number);
      }
    }
    if (this.comments.size) sentences.push(aboutClauses('commented', [...this.comments.keys()], commented));

    this.edits = new Map();
    this.comments = new Map();
    this.joins = [];
    this.leaves = [];
    this.firstAt = null;
    if (sentences.length) this.lastFlush = now;
    this.forgetOld(now);
    return sentences;
  }

  private touch(now: number): void {
    this.firstAt ??= now;
    this.lastAt = now;
  }

  private forgetOld(now: number): void {
    for (const [key, at] of this.recent) if (now - at >= this.options.repeatAfterMs) this.recent.delete(key);
  }
}

/**
 * Who did what to which clauses. Work outside any clause still in the text (a
 * clause deleted whole) is said only when no clause is named.
 */
function aboutClauses(work: 'edited' | 'commented', names: string[], numbers: ReadonlySet<number>): Sentence {
  const clauses = [...numbers].sort((a, b) => a - b);
  const which = clauses.length === 0 ? 'Text' : clauses.length === 1 ? 'One' : 'Many';
  return { key: `${work}${which}`, names, clauses };
}

/** "Ana", "Ana and Bruno", "Ana, Bruno and Chen", in the interface's language. */
export function listOf(items: readonly (string | number)[], lang: string): string {
  const words = items.map(String);
  try {
    return new Intl.ListFormat(lang === 'en' ? 'en-GB' : lang, { style: 'long', type: 'conjunction' }).format(words);
  } catch {
    return words.join(', ');
  }
}

/** One sentence in words: `template` is the dictionary's text for `sentence.key`. */
export function sentenceText(sentence: Sentence, template: string, lang: string): string {
  const values: Record<string, string> = {
    names: listOf(sentence.names, lang),
    n: String(sentence.clauses[0] ?? ''),
    clauses: listOf(sentence.clauses, lang),
  };
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
