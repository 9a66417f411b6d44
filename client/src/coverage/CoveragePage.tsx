import { useParams } from 'wouter';
import { NoAccess, useDraftAccess } from '../ui/useDraftAccess';
import { CoverageView } from './CoverageView';
import { useTranslation } from '../i18n';
import { useDocumentTitle } from '../useDocumentTitle';

/** `/drafts/:id/coverage`: which principles and community needs the text answers, live. */
export function CoveragePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [state] = useDraftAccess(id);
  useDocumentTitle(state.kind === 'ready' ? t('coverage.title', { title: state.draft.title }) : null);

  if (state.kind !== 'ready') return <NoAccess state={state} />;
  return <CoverageView key={`${state.draft.id}:${state.token}`} token={state.token} draft={state.draft} />;
}
