import { useState } from 'react';
import { useParams } from 'wouter';
import { canManage } from '@charter/shared';
import { InviteManager } from '../facilitate/InviteManager';
import { workingToken } from '../tokens';
import { NoAccess, useDraftAccess } from '../ui/useDraftAccess';
import { useTranslation } from '../i18n';
import { useDocumentTitle } from '../useDocumentTitle';
import { ReviewView } from './ReviewView';

/** `/drafts/:id/review`: the draft with all its notes, as an official reads, comments on and downloads it. */
export function ReviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [state, reload] = useDraftAccess(id);
  // A facilitator who replaces their own link carries on with the new token.
  const [renewed, setRenewed] = useState<{ draftId: string; token: string } | null>(null);
  useDocumentTitle(state.kind === 'ready' ? t('review.title', { title: state.draft.title }) : null);

  if (state.kind !== 'ready') return <NoAccess state={state} />;
  const token = renewed?.draftId === state.draft.id ? renewed.token : state.token;
  return (
    <>
      <ReviewView key={`${state.draft.id}:${token}`} token={token} draft={state.draft} session={state.session} onJoined={reload} />
      {/* Outside the keyed view, so the new link stays on screen when the view reconnects with it. */}
      {canManage(state.session.role) && (
        <InviteManager
          session={state.session}
          token={token}
          onOwnLinkReplaced={(next) => setRenewed({ draftId: state.draft.id, token: workingToken(next) })}
        />
      )}
    </>
  );
}
