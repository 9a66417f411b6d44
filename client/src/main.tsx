import { StrictMode, Suspense, lazy, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { Layout } from './Layout';
import { HomePage } from './pages/HomePage';
import { JoinPage } from './pages/JoinPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { useTranslation } from 'react-i18next';
import { languageReady } from './i18n';
import './styles.css';
import { registerServiceWorker } from './offline/registerServiceWorker';

// The editor (Tiptap, Yjs, the websocket), the coverage view and the needs
// register are chunks of their own: the home and join pages load without them.
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
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<HomePage />} />
            <Route path="join/:token" element={<JoinPage />} />
            <Route
              path="join/:token/needs"
              element={
                <Lazy>
                  <NeedsPage />
                </Lazy>
              }
            />
            <Route
              path="drafts/:id"
              element={
                <Lazy>
                  <DraftPage />
                </Lazy>
              }
            />
            <Route
              path="drafts/:id/coverage"
              element={
                <Lazy>
                  <CoveragePage />
                </Lazy>
              }
            />
            <Route
              path="drafts/:id/participation"
              element={
                <Lazy>
                  <ParticipationPage />
                </Lazy>
              }
            />
            <Route
              path="drafts/:id/review"
              element={
                <Lazy>
                  <ReviewPage />
                </Lazy>
              }
            />
            <Route
              path="drafts/:id/translations"
              element={
                <Lazy>
                  <TranslationsPage />
                </Lazy>
              }
            />
            <Route
              path="drafts/:id/history"
              element={
                <Lazy>
                  <HistoryPage />
                </Lazy>
              }
            />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </StrictMode>,
  );
}

// Render in the person's language: its dictionary may be a chunk still on its way.
void languageReady.then(render);
