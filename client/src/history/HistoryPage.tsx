import { useParams } from 'wouter';
import { useTranslation } from '../i18n';
import { NoAccess, useDraftAccess } from '../ui/useDraftAccess';
import { useDocumentTitle } from '../useDocumentTitle';
import { HistoryView } from './HistoryView';

/** `/drafts/:id/history`: the draft's saved versions and what changed between them. */
export function HistoryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [state] = useDraftAccess(id);
  useDocumentTitle(state.kind === 'ready' ? t('history.title', { title: state.draft.title }) : null);

  if (state.kind !== 'ready') return <NoAccess state={state} />;
  return <HistoryView key={`${state.draft.id}:${state.token}`} token={state.token} draft={state.draft} session={state.session} />;
}
