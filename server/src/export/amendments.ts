import { AMENDMENT_STANCES, VOCABULARY, authorName, type Amendment, type Language } from '@charter/shared';

/** An amendment as the exports show it: every word already in the export's language. */
export interface ExportAmendment {
  text: string;
  rationale: string | null;
  author: string;
  createdAt: string;
  /** accepted, declined… in words. */
  outcome: string;
  /** Each stance with how many took it, in words: "Support 3". */
  tally: string[];
  reasons: Array<{ stance: string; reason: string }>;
  decidedBy: string | null;
  note: string | null;
  override: string | null;
}

const WORDS: Record<
  Language,
  {
    heading: string;
    proposedBy: string;
    rationale: string;
    stances: string;
    decidedBy: string;
    note: string;
    override: string;
    anonymous: string;
  }
> = {
  en: {
    heading: 'Amendments',
    proposedBy: 'proposed by',
    rationale: 'Rationale',
    stances: 'Stances',
    decidedBy: 'decided by',
    note: 'Note',
    override: 'Block overridden',
    anonymous: 'Anonymous',
  },
  es: {
    heading: 'Enmiendas',
    proposedBy: 'propuesta por',
    rationale: 'Motivo',
    stances: 'Posturas',
    decidedBy: 'decidida por',
    note: 'Nota',
    override: 'Bloqueo superado',
    anonymous: 'Anónimo',
  },
  fr: {
    heading: 'Amendements',
    proposedBy: 'proposé par',
    rationale: 'Motif',
    stances: 'Positions',
    decidedBy: 'décidé par',
    note: 'Note',
    override: 'Blocage levé',
    anonymous: 'Anonyme',
  },
};

/** The amendment words of the exports, with the statuses and stances the app shows. */
export function amendmentWords(lang: Language) {
  return { ...WORDS[lang], status: VOCABULARY[lang].amendmentStatuses, stance: VOCABULARY[lang].amendmentStances };
}

/** A clause's amendments, oldest first, in the export's language. */
export function exportAmendments(amendments: readonly Amendment[], clauseId: string, lang: Language): ExportAmendment[] {
  const W = amendmentWords(lang);
  const name = (author: Amendment['author']) => authorName(author) ?? W.anonymous;
  return amendments
    .filter((a) => a.clauseId === clauseId)
    .map((a) => ({
      text: a.text,
      rationale: a.rationale,
      author: name(a.author),
      createdAt: a.createdAt,
      outcome: W.status[a.status],
      tally: AMENDMENT_STANCES.map((stance) => `${W.stance[stance]} ${a.stances[stance]}`),
      reasons: a.reasons.map(({ stance, reason }) => ({ stance: W.stance[stance], reason })),
      decidedBy: a.decision && a.status !== 'withdrawn' ? name(a.decision.by) : null,
      note: a.decision?.note ?? null,
      override: a.decision?.override ?? null,
    }));
}

/** One amendment as lines of plain text, for the text-like formats; `date` writes a date. */
export function amendmentLines(a: ExportAmendment, lang: Language, date: (iso: string) => string): string[] {
  const W = amendmentWords(lang);
  return [
    `[${a.outcome}] “${a.text}” (${W.proposedBy} ${a.author}, ${date(a.createdAt)}${a.decidedBy ? `; ${W.decidedBy} ${a.decidedBy}` : ''})`,
    ...(a.rationale ? [`  ${W.rationale}: ${a.rationale}`] : []),
    `  ${W.stances}: ${a.tally.join(' · ')}`,
    ...a.reasons.map((r) => `  – ${r.stance}: ${r.reason}`),
    ...(a.note ? [`  ${W.note}: ${a.note}`] : []),
    ...(a.override ? [`  ${W.override}: ${a.override}`] : []),
  ];
}
