import { Link } from 'wouter';
import { useState } from 'react';
import { canManage, canWriteNotes, type Draft, type Language, type Session } from '@charter/shared';
import { ActivityLog } from '../activity/ActivityLog';
import { useCollabSession } from '../collab/useCollab';
import { useDraftStatus } from '../collab/useDraftStatus';
import { useNotesSession } from '../collab/useNotesSession';
import { StatusControl } from '../facilitate/StatusControl';
import { JoinForm } from '../people/JoinForm';
import { useTranslation } from '../i18n';
import { joinToken } from '../tokens';
import { SinceReviewed } from '../history/SinceReviewed';
import { ExportButtons } from './ExportButtons';
import { ReadingLanguage } from '../translate/ReadingLanguage';
import { TranslatedReading } from '../translate/TranslatedReading';
import { ReviewText } from './ReviewText';
import { ReviewTools } from './ReviewTools';

interface Props {
  token: string;
  draft: Draft;
  session: Session;
  /** Someone joined by name on this page: open the draft again with their own token. */
  onJoined(): void;
}

/** The review page once a stored token opens the draft: header, controls, downloads, then the live text. */
export function ReviewView({ token, draft, session, onJoined }: Props) {
  const { t } = useTranslation();
  const body = useCollabSession(draft.id, token);
  const notes = useNotesSession(draft.id, token);
  const status = useDraftStatus(body?.doc, draft.status);
  const mayComment = canWriteNotes(session.role);
  const person = session.participant ? { id: session.participant.id, name: session.participant.name } : null;
  const [reading, setReading] = useState<Language | null>(null);

  let notice: string | null = null;
  if (status === 'adopted') notice = t('review.adoptedNotice');
  else if (!mayComment) notice = t('review.readOnly');

  return (
    <article className="review" aria-labelledby="review-title">
      <nav className="breadcrumb review-nav">
        <Link to={`/join/${encodeURIComponent(joinToken(token))}`}>{t('draft.backTo', { name: session.initiative.name })}</Link>
        <Link to={`/drafts/${encodeURIComponent(draft.id)}`}>{t('review.openEditor')}</Link>
        <Link to={`/drafts/${encodeURIComponent(draft.id)}/coverage`}>{t('draft.coverageLink')}</Link>
        <Link to={`/drafts/${encodeURIComponent(draft.id)}/participation`}>{t('participation.link')}</Link>
        <Link to={`/drafts/${encodeURIComponent(draft.id)}/translations`}>{t('translations.link')}</Link>
        <Link to={`/drafts/${encodeURIComponent(draft.id)}/history`}>{t('draft.historyLink')}</Link>
      </nav>
      <h1 id="review-title" tabIndex={-1} dir="auto">
        {draft.title}
      </h1>
      <p className="draft-meta">{t('draft.meta', { kind: t(`kinds.${draft.kind}`), status: t(`statuses.${status}`) })}</p>
      <p className="lead">{t('review.intro')}</p>
      {notice && <p className="notice">{notice}</p>}
      {mayComment && status !== 'adopted' && person === null && (
        <JoinForm invite={token} session={session} intro={t('people.askBeforeWriting')} onJoined={onJoined} />
      )}
      {canManage(session.role) && <StatusControl draftId={draft.id} token={token} status={status} />}
      <ReviewTools>
        <ExportButtons draftId={draft.id} token={token} text={reading} />
        {session.participant && <SinceReviewed draft={draft} token={token} />}
        <ReadingLanguage draftLanguage={draft.language} value={reading} onChange={setReading} />
      </ReviewTools>
      {reading && <TranslatedReading draft={draft} token={token} lang={reading} />}
      {body && notes ? (
        <div hidden={reading !== null}>
          <ReviewText
            draft={draft}
            token={token}
            body={body}
            notes={notes}
            canComment={mayComment && status !== 'adopted' && person !== null}
            canAnswer={session.role === 'reviewer'}
            author={person}
          />
        </div>
      ) : (
        <p role="status">{t('loading')}</p>
      )}
      <ActivityLog draftId={draft.id} token={token} refreshKey={status} />
    </article>
  );
}
