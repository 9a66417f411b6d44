import { AUTOMATIC_NAMES, saveVersion } from '../versions/save.js';
import {
  AMENDMENTS_MAP,
  MIN_OVERRIDE_LENGTH,
  blockText,
  randomId,
  type AcceptAmendmentBody,
  type Amendment,
  type AmendmentDecision,
  type Author,
  type Draft,
  type NewAmendmentBody,
  type StanceBody,
} from '@charter/shared';
import type { Collab } from '../collab/index.js';
import { AppError, notFound } from '../http/errors.js';
import type { AmendmentClosing, AmendmentRow, AppStore } from '../store/types.js';
import { presentAmendments } from './present.js';
import { findClauseBlock, replaceClauseText } from './rewrite.js';

const closedError = (amendment: AmendmentRow) =>
  new AppError(409, 'closed', `This amendment is ${amendment.status}: it takes no more stances or decisions.`);
const adoptedError = () => new AppError(409, 'adopted', 'This draft is adopted: its text and its amendments can no longer change.');

/**
 * What people do with amendments: propose, stand, withdraw, and the
 * facilitator's accept and decline. The store holds the record; after each
 * command the draft's `.decisions` document is brought in line with it, so
 * every connected client sees the change. Commands on one draft run one at a
 * time, on every instance sharing the database, so the checks of one are never
 * undone by another halfway through.
 */
export function createAmendmentCommands({ app, collab }: { app: AppStore; collab: Collab }) {
  const queues = new Map<string, Promise<unknown>>();

  function serially<T>(draftId: string, work: () => Promise<T>): Promise<T> {
    const previous = queues.get(draftId) ?? Promise.resolve();
    // In turn here first, so one instance holds at most one lock per draft.
    const next = previous.catch(() => {}).then(() => app.exclusive(`amendments:${draftId}`, work));
    queues.set(draftId, next);
    const forget = () => {
      if (queues.get(draftId) === next) queues.delete(draftId);
    };
    next.then(forget, forget);
    return next;
  }

  /** The draft as it is now (its status may have changed while the command waited its turn). */
  async function currentDraft(draftId: string): Promise<Draft> {
    const draft = await app.getDraft(draftId);
    if (!draft) throw notFound('draft');
    return draft;
  }

  async function list(draftId: string): Promise<Amendment[]> {
    const [rows, stances] = await Promise.all([app.listAmendments(draftId), app.listStances(draftId)]);
    return presentAmendments(rows, stances);
  }

  /** Write into `.decisions` every amendment that differs from the record. */
  async function mirror(draft: Draft): Promise<void> {
    const amendments = await list(draft.id);
    await collab.changeDecisions(draft.id, (doc) => {
      const map = doc.getMap<Amendment>(AMENDMENTS_MAP);
      for (const amendment of amendments) {
        if (JSON.stringify(map.get(amendment.id)) !== JSON.stringify(amendment)) map.set(amendment.id, amendment);
      }
    });
  }

  /** Close an amendment (and those it supersedes), log the decision, and show it. */
  async function close(draft: Draft, closings: AmendmentClosing[], logged: boolean): Promise<void> {
    const [first] = closings;
    const entry = logged
      ? {
          initiativeId: draft.initiativeId,
          draftId: draft.id,
          at: first.decision.at,
          kind: 'amendment' as const,
          author: first.decision.by,
          detail: `${first.status} ${first.id}`,
        }
      : null;
    if (!(await app.closeAmendments(closings, entry))) throw new AppError(409, 'closed', 'This amendment was closed meanwhile.');
    await mirror(draft);
  }

  return {
    list,

    async propose(draftId: string, author: Author, body: NewAmendmentBody): Promise<string> {
      return serially(draftId, async () => {
        const draft = await currentDraft(draftId);
        if (draft.status === 'adopted') throw adoptedError();
        const baseText = await collab.read(draft.id, (bodyDoc) => {
          const block = findClauseBlock(bodyDoc, body.clauseId);
          return block ? blockText(block) : null;
        });
        if (baseText === null) {
          throw new AppError(400, 'unknown_clause', `There is no clause "${body.clauseId}" in this draft; see GET /api/drafts/${draft.id}/clauses.`);
        }
        const id = randomId();
        await app.createAmendment({
          id,
          initiativeId: draft.initiativeId,
          draftId: draft.id,
          clauseId: body.clauseId,
          baseText,
          text: body.text,
          rationale: body.rationale || null,
          author,
          status: 'open',
          createdAt: new Date().toISOString(),
          decision: null,
        });
        await mirror(draft);
        return id;
      });
    },

    async stand(amendment: AmendmentRow, person: Author, body: StanceBody): Promise<void> {
      await serially(amendment.draftId, async () => {
        const draft = await currentDraft(amendment.draftId);
        if (draft.status === 'adopted') throw adoptedError();
        const saved = await app.saveStance({
          amendmentId: amendment.id,
          participant: person,
          stance: body.stance,
          reason: body.reason || null,
          at: new Date().toISOString(),
        });
        if (!saved) throw closedError((await app.getAmendment(amendment.id)) ?? amendment);
        await mirror(draft);
      });
    },

    async withdraw(amendment: AmendmentRow, author: Author): Promise<void> {
      await serially(amendment.draftId, async () => {
        const draft = await currentDraft(amendment.draftId);
        const decision: AmendmentDecision = { by: author, at: new Date().toISOString(), note: null, override: null };
        await close(draft, [{ id: amendment.id, status: 'withdrawn', decision }], false);
      });
    },

    async decline(amendment: AmendmentRow, by: Author | null, note: string): Promise<void> {
      await serially(amendment.draftId, async () => {
        const draft = await currentDraft(amendment.draftId);
        if (draft.status === 'adopted') throw adoptedError();
        const decision: AmendmentDecision = { by, at: new Date().toISOString(), note, override: null };
        await close(draft, [{ id: amendment.id, status: 'declined', decision }], true);
      });
    },

    /**
     * The clause takes the amendment's words, in one server transaction on the
     * body (live for every client; in review too, where clients may not type),
     * keeping its id and so its principles, needs and comments.
     */
    async accept(amendmentId: string, by: Author | null, body: AcceptAmendmentBody): Promise<void> {
      const draftId = (await app.getAmendment(amendmentId))?.draftId;
      if (!draftId) throw notFound('amendment');
      await serially(draftId, async () => {
        const draft = await currentDraft(draftId);
        if (draft.status === 'adopted') throw adoptedError();
        const amendment = await app.getAmendment(amendmentId);
        if (!amendment) throw notFound('amendment');
        if (amendment.status !== 'open') throw closedError(amendment);

        const stances = await app.listStances(draft.id);
        const blocked = stances.some((s) => s.amendmentId === amendment.id && s.stance === 'block');
        const override = body.override ?? '';
        if (blocked && override.length < MIN_OVERRIDE_LENGTH) {
          throw new AppError(
            409,
            'blocked',
            `A block stands on this amendment: to accept it anyway, give an override reason of ${MIN_OVERRIDE_LENGTH} characters or more.`,
          );
        }

        await collab.changeBody(draft.id, (bodyDoc) => {
          const block = findClauseBlock(bodyDoc, amendment.clauseId);
          if (!block || blockText(block) !== amendment.baseText) {
            throw new AppError(409, 'clause_changed', 'The clause has changed since this amendment was written: propose it again against the clause as it is now.');
          }
          replaceClauseText(block, amendment.text);
        });

        const at = new Date().toISOString();
        const others = (await app.listAmendments(draft.id)).filter(
          (other) => other.clauseId === amendment.clauseId && other.status === 'open' && other.id !== amendment.id,
        );
        await close(
          draft,
          [
            { id: amendment.id, status: 'accepted', decision: { by, at, note: body.note || null, override: blocked ? override : null } },
            ...others.map((other): AmendmentClosing => ({ id: other.id, status: 'superseded', decision: { by, at, note: null, override: null } })),
          ],
          true,
        );

        // The text after the amendment, kept as a version of its own.
        await saveVersion({ app, collab }, draft, 'amendment', AUTOMATIC_NAMES.amendment(amendment.text), by);
      });
    },
  };
}

export type AmendmentCommands = ReturnType<typeof createAmendmentCommands>;
