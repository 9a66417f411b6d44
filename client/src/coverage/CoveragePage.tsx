import { useParams } from 'react-router-dom';
import { NoAccess, useDraftAccess } from '../pages/useDraftAccess';
import { CoverageView } from './CoverageView';
import { fill, strings } from '../strings';
import { useDocumentTitle } from '../useDocumentTitle';

/** `/drafts/:id/coverage`: which principles and community needs the text answers, live. */
export function CoveragePage() {
  const { id = '' } = useParams();
  const state = useDraftAccess(id);
  useDocumentTitle(state.kind === 'ready' ? fill(strings.coverage.title, { title: state.draft.title }) : null);

  if (state.kind !== 'ready') return <NoAccess state={state} />;
  return <CoverageView key={`${state.draft.id}:${state.token}`} token={state.token} draft={state.draft} />;
}
