import { StrictMode, Suspense, lazy, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { Route, Switch } from 'wouter';
import { Layout } from './Layout';
import { NotFoundPage } from './pages/NotFoundPage';
import { useTranslation } from './i18n';
import { languageReady } from './i18n';
import './styles.css';
import { registerServiceWorker } from './offline/registerServiceWorker';

// Each page is a chunk of its own, which the server names in that page's HTML
// (server/src/http/static.ts): the join page loads no editor, the draft page no
// forms for starting an initiative.
const HomePage = lazy(() => import('./pages/HomePage').then((m) => ({ default: m.HomePage })));
const JoinPage = lazy(() => import('./pages/JoinPage').then((m) => ({ default: m.JoinPage })));
const DraftPage = lazy(() => import('./pages/DraftPage').then((m) => ({ default: m.DraftPage })));
const CoveragePage = lazy(() => import('./coverage/CoveragePage').then((m) => ({ default: m.CoveragePage })));
const ParticipationPage = lazy(() => import('./participation/ParticipationPage').then((m) => ({ default: m.ParticipationPage })));
const NeedsPage = lazy(() => import('./needs/NeedsPage').then((m) => ({ default: m.NeedsPage })));
const ReviewPage = lazy(() => import('./review/ReviewPage').then((m) => ({ default: m.ReviewPage })));
const TranslationsPage = lazy(() => import('./translate/TranslationsPage').then((m) => ({ default: m.TranslationsPage })));
const HistoryPage = lazy(() => import('./history/HistoryPage').then((m) => ({ default: m.HistoryPage })));

function Lazy({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<p role="status">{t('loading')}</p>}>{children}</Suspense>;
}

registerServiceWorker();

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Layout>
        <Switch>
          <Route path="/">
            <Lazy>
              <HomePage />
            </Lazy>
          </Route>
          <Route path="/join/:token">
            <Lazy>
              <JoinPage />
            </Lazy>
          </Route>
          <Route path="/join/:token/needs">
            <Lazy>
              <NeedsPage />
            </Lazy>
          </Route>
          <Route path="/drafts/:id">
            <Lazy>
              <DraftPage />
            </Lazy>
          </Route>
          <Route path="/drafts/:id/coverage">
            <Lazy>
              <CoveragePage />
            </Lazy>
          </Route>
          <Route path="/drafts/:id/participation">
            <Lazy>
              <ParticipationPage />
            </Lazy>
          </Route>
          <Route path="/drafts/:id/review">
            <Lazy>
              <ReviewPage />
            </Lazy>
          </Route>
          <Route path="/drafts/:id/translations">
            <Lazy>
              <TranslationsPage />
            </Lazy>
          </Route>
          <Route path="/drafts/:id/history">
            <Lazy>
              <HistoryPage />
            </Lazy>
          </Route>
          <Route>
            <NotFoundPage />
          </Route>
        </Switch>
      </Layout>
    </StrictMode>,
  );
}

// Render in the person's language: its dictionary may be a chunk still on its way.
void languageReady.then(render);
