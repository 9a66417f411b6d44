import { Link } from 'react-router-dom';
import { canManage, canWriteNotes, type Draft, type Session } from '@charter/shared';
import { useCollabSession } from '../collab/useCollab';
import { useDraftStatus } from '../collab/useDraftStatus';
import { useNotesSession } from '../collab/useNotesSession';
import { StatusControl } from '../facilitate/StatusControl';
import { useTranslation } from 'react-i18next';
import { SinceReviewed } from '../history/SinceReviewed';
import { ExportButtons } from './ExportButtons';
import { ReviewText } from './ReviewText';

interface Props {
  token: string;
  draft: Draft;
  session: Session;
}

/** The review page once a stored invite opens the draft: header, controls, downloads, then the live text. */
export function ReviewView({ token, draft, session }: Props) {
  const { t } = useTranslation();
  const body = useCollabSession(draft.id, token);
  const notes = useNotesSession(draft.id, token);
  const status = useDraftStatus(body?.doc, draft.status);
  const mayComment = canWriteNotes(session.role);

  let notice: string | null = null;
  if (status === 'adopted') notice = t('review.adoptedNotice');
  else if (!mayComment) notice = t('review.readOnly');

  return (
    <article className="review" aria-labelledby="review-title">
      <nav className="breadcrumb review-nav">
        <Link to={`/join/${encodeURIComponent(token)}`}>{t('draft.backTo', { name: session.initiative.name })}</Link>
        <Link to={`/drafts/${encodeURIComponent(draft.id)}`}>{t('review.openEditor')}</Link>
        <Link to={`/drafts/${encodeURIComponent(draft.id)}/coverage`}>{t('draft.coverageLink')}</Link>
        <Link to={`/drafts/${encodeURIComponent(draft.id)}/history`}>{t('draft.historyLink')}</Link>
      </nav>
      <h1 id="review-title" tabIndex={-1}>
        {draft.title}
      </h1>
      <p className="draft-meta">{t('draft.meta', { kind: t(`kinds.${draft.kind}`), status: t(`statuses.${status}`) })}</p>
      <p className="lead">{t('review.intro')}</p>
      {notice && <p className="notice">{notice}</p>}
      {canManage(session.role) && <StatusControl draftId={draft.id} token={token} status={status} />}
      {session.participant && <SinceReviewed draft={draft} token={token} />}
      <ExportButtons draftId={draft.id} token={token} />
      {body && notes ? (
        <ReviewText
          draft={draft}
          token={token}
          body={body}
          notes={notes}
          canComment={mayComment && status !== 'adopted'}
        />
      ) : (
        <p role="status">{t('loading')}</p>
      )}
    </article>
  );
}
