import type { ActivityEntry, Amendment, AmendmentStance, AmendmentStatus, Author, Clause, DraftKind, DraftStatus, Language, Need, Participant, Role, VersionSummary } from '@charter/shared';

/**
 * The narrow, bytes-only seam between rooms and the database. A document is an
 * append-only log of Yjs updates; compaction folds the log into one update.
 */
export interface DocumentStore {
  /** Every stored update of the document, oldest first. */
  load(name: string): Promise<Uint8Array[]>;
  /** Append updates of one or more documents in one transaction (one fsync). */
  append(entries: readonly DocumentUpdate[]): Promise<void>;
  /**
   * Fold the document's log into one row, atomically: a crash keeps the old
   * rows, and updates appended meanwhile are kept as they are. `state` is the
   * whole document as this process holds it (its room's, which has applied
   * every update it appended): a store that only this process writes stores it
   * in place of the rows; one that others write too merges the rows it reads.
   */
  compact(name: string, state?: () => Uint8Array): Promise<void>;
}

export interface DocumentUpdate {
  name: string;
  update: Uint8Array;
}

export interface InitiativeRow {
  id: string;
  name: string;
  place: string;
  createdAt: string;
}

export interface DraftRow {
  id: string;
  initiativeId: string;
  title: string;
  kind: DraftKind;
  status: DraftStatus;
  /** The language the draft is written in. */
  language: Language;
  /** Put away by a facilitator: listed with this flag, never deleted. */
  archived: boolean;
  updatedAt: string;
}

export interface InviteRow {
  initiativeId: string;
  role: Role;
  /** When the invite stops admitting anyone, if it was given an expiry. */
  expiresAt: string | null;
}

/** A person who joined with an invite; the token hash stays in the store. */
export interface ParticipantRow extends Participant {
  initiativeId: string;
  joinedAt: string;
  lastSeenAt: string;
}

/**
 * One piece of work on a draft: `edit` of a clause, `comment`, `amendment` or
 * `stance` (ref: the clause or record), by a person ('' for work done with an
 * invite token), with the communities they gave at that moment.
 */
export interface ContributionRow {
  draftId: string;
  person: string;
  kind: 'edit' | 'comment' | 'amendment' | 'stance';
  ref: string;
  communities: string[];
  at: string;
}

/** One line of the activity log, and where it belongs (no draft: the whole initiative). */
export interface ActivityRow extends ActivityEntry {
  initiativeId: string;
  draftId: string | null;
}

/** Initiatives, invites and drafts: the app's own records. */
export interface AppStore {
  createInitiative(initiative: InitiativeRow, invites: ReadonlyArray<{ tokenHash: string; role: Role }>): Promise<void>;
  getInitiative(id: string): Promise<InitiativeRow | null>;
  /** Every initiative on this server, oldest first (for its operator). */
  listInitiatives(): Promise<InitiativeRow[]>;
  /** The live invite with this token hash; revoked ones are not found. */
  findInvite(tokenHash: string): Promise<InviteRow | null>;
  /** Revoke every live invite of the role and add a new one (expiring at `expiresAt`, if given), in one transaction. */
  replaceInvite(initiativeId: string, role: Role, tokenHash: string, at: string, expiresAt: string | null): Promise<void>;
  createDraft(draft: Omit<DraftRow, 'archived'>): Promise<void>;
  getDraft(id: string): Promise<DraftRow | null>;
  listDrafts(initiativeId: string): Promise<DraftRow[]>;
  updateDraft(id: string, patch: { title?: string; status?: DraftStatus; archived?: boolean }, at: string): Promise<DraftRow | null>;
  createNeed(need: NeedRow): Promise<void>;
  getNeed(id: string): Promise<NeedRow | null>;
  /** The initiative's register, oldest first. */
  listNeeds(initiativeId: string): Promise<NeedRow[]>;
  /** Replace a need's fields (the caller merges a partial change). */
  saveNeed(need: NeedRow): Promise<void>;
  createParticipant(participant: ParticipantRow, tokenHash: string): Promise<void>;
  /** The person a live personal token names; removed people are not found. */
  findParticipant(tokenHash: string): Promise<ParticipantRow | null>;
  getParticipant(id: string): Promise<(ParticipantRow & { removed: boolean }) | null>;
  /** The initiative's people who have not been removed, in the order they joined. */
  listParticipants(initiativeId: string): Promise<ParticipantRow[]>;
  /** Replace a person's own fields (the caller merges a partial change). */
  saveParticipant(participant: ParticipantRow): Promise<void>;
  /** Mark a person seen at `at`, unless they were seen in the minute before. */
  touchParticipant(id: string, at: string): Promise<void>;
  /** Stop a person's token and log it, in one transaction; false if they were already removed. */
  removeParticipant(id: string, entry: ActivityRow): Promise<boolean>;
  logActivity(entry: ActivityRow): Promise<void>;
  /** Count work where it passes; a contribution already counted is not counted again. */
  recordContributions(rows: readonly ContributionRow[]): Promise<void>;
  listContributions(draftId: string): Promise<ContributionRow[]>;
  /** Everyone who joined the initiative, removed people included. */
  listEveryParticipant(initiativeId: string): Promise<ParticipantRow[]>;
  listActivity(initiativeId: string, draftId: string): Promise<ActivityEntry[]>;
  createAmendment(amendment: AmendmentRow): Promise<void>;
  getAmendment(id: string): Promise<AmendmentRow | null>;
  /** A draft's amendments, oldest first. */
  listAmendments(draftId: string): Promise<AmendmentRow[]>;
  /** The stances taken on a draft's amendments (one per person per amendment). */
  listStances(draftId: string): Promise<StanceRow[]>;
  /** Record a person's stance, replacing their earlier one; false (nothing written) if the amendment is no longer open. */
  saveStance(stance: StanceRow): Promise<boolean>;
  /**
   * Close open amendments (the first is the one decided, the rest superseded by
   * it) and log the decision, in one transaction; false, and nothing written, if
   * the first was no longer open.
   */
  closeAmendments(closings: readonly AmendmentClosing[], entry: ActivityRow | null): Promise<boolean>;
  /**
   * Run `work` while no other server instance sharing the database runs work
   * under the same key (a command that reads, changes the text, then records).
   */
  exclusive<T>(key: string, work: () => Promise<T>): Promise<T>;
  /**
   * Store a version under the draft's next number, and log it, in one
   * transaction; returns it with its number. A version is never changed.
   */
  createVersion(version: Omit<VersionRow, 'number'>, entry: Omit<ActivityRow, 'detail'>): Promise<VersionSummary>;
  /** A draft's versions, newest first, without their states. */
  listVersions(draftId: string): Promise<VersionSummary[]>;
  getVersion(id: string): Promise<VersionRow | null>;
  /** Record (or move) a person's "reviewed" mark on a draft. */
  saveReviewedMark(draftId: string, participantId: string, mark: ReviewedMark): Promise<void>;
  getReviewedMark(draftId: string, participantId: string): Promise<ReviewedMark | null>;
}

/** An amendment as stored; its stances are rows of their own. */
export interface AmendmentRow extends Omit<Amendment, 'stances' | 'reasons'> {
  initiativeId: string;
  draftId: string;
}

export interface StanceRow {
  amendmentId: string;
  participant: Author;
  stance: AmendmentStance;
  reason: string | null;
  at: string;
}

export interface AmendmentClosing {
  id: string;
  status: Exclude<AmendmentStatus, 'open'>;
  decision: NonNullable<Amendment['decision']>;
}

/** A saved version of a draft: the text and notes as Yjs states, and the clause list they gave. */
export interface VersionRow extends VersionSummary {
  draftId: string;
  body: Uint8Array;
  notes: Uint8Array;
  clauses: Clause[];
}

/** When a person last marked a draft reviewed, and its clauses as they read them then. */
export interface ReviewedMark {
  at: string;
  clauses: Clause[];
}

/** A recorded community need and the initiative it belongs to. */
export interface NeedRow extends Need {
  initiativeId: string;
}

export interface Store {
  documents: DocumentStore;
  app: AppStore;
  close(): Promise<void>;
}
