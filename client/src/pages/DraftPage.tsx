import { useParams } from 'wouter';
import { DraftView } from '../editor/DraftView';
import { NoAccess, useDraftAccess } from '../ui/useDraftAccess';
import { useDocumentTitle } from '../useDocumentTitle';

/** `/drafts/:id`: the editor, once a stored token opens the draft. */
export function DraftPage() {
  const { id = '' } = useParams();
  const [state, reload] = useDraftAccess(id);
  useDocumentTitle(state.kind === 'ready' ? state.draft.title : null);

  if (state.kind !== 'ready') return <NoAccess state={state} />;
  return (
    <DraftView
      key={`${state.draft.id}:${state.token}`}
      token={state.token}
      draft={state.draft}
      session={state.session}
      onJoined={reload}
    />
  );
}
