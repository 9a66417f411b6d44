import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { Layout } from './Layout';
import { HomePage } from './pages/HomePage';
import { JoinPage } from './pages/JoinPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { strings } from './strings';
import './styles.css';

// The editor (Tiptap, Yjs, the websocket) is its own chunk: the home and join
// pages load without it.
const DraftPage = lazy(() => import('./pages/DraftPage').then((m) => ({ default: m.DraftPage })));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<HomePage />} />
          <Route path="join/:token" element={<JoinPage />} />
          <Route
            path="drafts/:id"
            element={
              <Suspense fallback={<p role="status">{strings.loading}</p>}>
                <DraftPage />
              </Suspense>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  </StrictMode>,
);
