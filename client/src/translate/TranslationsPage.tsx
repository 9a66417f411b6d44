import { useParams } from 'wouter';
import { NoAccess, useDraftAccess } from '../ui/useDraftAccess';
import { useTranslation } from '../i18n';
import { useDocumentTitle } from '../useDocumentTitle';
import { TranslationsView } from './TranslationsView';

/** `/drafts/:id/translations`: each clause beside its translation, live for every translator. */
export function TranslationsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [state] = useDraftAccess(id);
  useDocumentTitle(state.kind === 'ready' ? t('translations.title', { title: state.draft.title }) : null);

  if (state.kind !== 'ready') return <NoAccess state={state} />;
  return <TranslationsView key={`${state.draft.id}:${state.token}`} token={state.token} draft={state.draft} session={state.session} />;
}
