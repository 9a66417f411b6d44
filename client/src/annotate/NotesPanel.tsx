import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { Link } from 'wouter';
import type * as Y from 'yjs';
import type { Annotation, Author, Need, Principle } from '@charter/shared';
import { LinkPicker, type LinkItem } from './LinkPicker';
import { CommentThreads } from './CommentThreads';
import { addComment, linkIds, linkNeed, linkPrinciple, othersOnly, removeAnnotations, setResolved } from './notesActions';
import { threadsOf } from '@charter/shared';
import { useTranslation } from '../i18n';
import type { TFunction } from '../i18n';

export interface PanelTarget {
  clauseId: string;
  /** Its place in the text, from 1; null when the clause was deleted. */
  number: number | null;
  text: string;
}

interface Props {
  target: PanelTarget;
  annotations: Annotation[];
  notes: Y.Doc;
  principles: Principle[] | null;
  principlesError: string | null;
  needs: Need[] | null;
  needsError: string | null;
  /** Why this person cannot change notes; null when they can. */
  readOnlyReason: string | null;
  /** The person writing (null: anonymous); the server checks it is really them. */
  author: Author | null;
  /** May this person give a reply as the official answer (a reviewer)? */
  canAnswer: boolean;
  registerHref: string;
  /** The clause is a heading: say plainly why it is numbered and takes notes. */
  heading: boolean;
  /** Shown under the clause's text: the facilitator's session controls. */
  actions?: ReactNode;
  /** Shown after the comments: the clause's amendments. */
  amendments?: ReactNode;
  onClose(): void;
}

function principleItems(principles: Principle[], t: TFunction): LinkItem[] {
  return principles.map((p) => ({ id: p.id, label: p.title, detail: p.summary, group: t(`notes.families.${p.family}`) }));
}

/** Open needs, and archived ones only where this clause still links them. */
function needItems(needs: Need[], linked: Set<string>, t: TFunction): LinkItem[] {
  return needs
    .filter((need) => !need.archived || linked.has(need.id))
    .map((need) => ({
      id: need.id,
      label: need.archived ? `${need.statement} ${t('notes.archived')}` : need.statement,
      detail: `${need.communities.join(', ')} · ${t(`rightsAreas.${need.rightsArea}`)}`,
      group: t(`rightsAreas.${need.rightsArea}`),
    }));
}

/**
 * The notes of one clause: its principles, the community needs it answers, and
 * its comment threads. Every change is a write to the notes document, so it
 * appears live for everyone. Not modal: the text stays usable beside it.
 */
export function NotesPanel(props: Props) {
  const { target, annotations, notes, principles, needs, readOnlyReason, author, onClose } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  const writable = readOnlyReason === null;
  const { t } = useTranslation();
  const { clauseId } = target;

  // Opening the panel, or moving it to another clause, moves focus to its heading, before the next paint:
  // a key pressed at once (Escape) must reach the panel, not the button that opened it.
  useLayoutEffect(() => heading.current?.focus(), [clauseId]);

  const own = annotations.filter((a) => a.clauseId === clauseId);
  const linkedPrinciples = new Set(own.flatMap((a) => (a.type === 'principle' ? [a.principleId] : [])));
  const linkedNeeds = new Set(own.flatMap((a) => (a.type === 'need' ? [a.needId] : [])));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };

  return (
    <section id="notes-panel" className="notes-panel" aria-labelledby="notes-heading" onKeyDown={onKeyDown}>
      <div className="notes-head">
        <h2 id="notes-heading" ref={heading} tabIndex={-1}>
          {target.number === null ? t('notes.detachedTitle') : t('notes.title', { n: target.number })}
        </h2>
        <button type="button" className="secondary" onClick={onClose}>
          {t('notes.close')}
        </button>
      </div>
      <blockquote className="notes-clause">{target.text || t('notes.emptyClause')}</blockquote>
      {props.heading && <p className="hint heading-why">{t('workspace.headingWhy')}</p>}
      {props.actions}
      {readOnlyReason && <p className="notice">{readOnlyReason}</p>}

      {principles ? (
        <LinkPicker
          heading={t('notes.principles')}
          searchLabel={t('notes.findPrinciple')}
          items={principleItems(principles, t)}
          linked={linkedPrinciples}
          others={othersOnly(annotations, clauseId, 'principle', author)}
          writable={writable}
          noneLinked={t('notes.noPrinciples')}
          onToggle={(id, link) =>
            link
              ? linkPrinciple(notes, clauseId, id, author)
              : removeAnnotations(notes, linkIds(annotations, clauseId, 'principle', id, author))
          }
        />
      ) : (
        props.principlesError && <p className="error">{t('notes.principlesFailed')}</p>
      )}

      {needs ? (
        <>
          <LinkPicker
            heading={t('notes.needs')}
            searchLabel={t('notes.findNeed')}
            items={needItems(needs, linkedNeeds, t)}
            linked={linkedNeeds}
            others={othersOnly(annotations, clauseId, 'need', author)}
            writable={writable}
            noneLinked={needs.length === 0 ? t('notes.registerEmpty') : t('notes.noNeeds')}
            onToggle={(id, link) =>
              link ? linkNeed(notes, clauseId, id, author) : removeAnnotations(notes, linkIds(annotations, clauseId, 'need', id, author))
            }
          />
          <p>
            <Link to={props.registerHref}>{t('notes.openRegister')}</Link>
          </p>
        </>
      ) : (
        props.needsError && <p className="error">{t('notes.needsFailed')}</p>
      )}

      <CommentThreads
        threads={threadsOf(annotations, clauseId)}
        writable={writable}
        canAnswer={props.canAnswer}
        onComment={(text, extra) => addComment(notes, clauseId, text, author, extra)}
        onResolve={(threadId, resolved) => setResolved(notes, threadId, resolved)}
      />
      {props.amendments}
    </section>
  );
}
