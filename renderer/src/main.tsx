import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme/digdir.css';
import './styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createHashRouter } from 'react-router';
import { AccessProvider } from './api/access';
import { areas } from './areas';
import { appStyles } from './appStyles';
import { adoptBridgeToken } from './api/bridgeToken';
import { startLiveRefresh } from './api/liveRefresh';
import { RecoveryGate } from './gjenoppretting/RecoveryGate';
import { AppShell } from './layout/AppShell';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 } },
});

// Before the router reads the address: the preview's token arrives in the fragment and is taken out of it.
if (!window.akan) adoptBridgeToken();
startLiveRefresh(queryClient);

// A data router, so that leaving a screen with unsaved input can be held back (useBlocker).
const router = createHashRouter([
  {
    path: '*',
    element: (
      <RecoveryGate>
        <AppShell />
      </RecoveryGate>
    ),
  },
]);

/** The chunk of the screen the address names (Oversikt by default), loaded alongside the stylesheets. */
function preloadScreen(): Promise<unknown> {
  const first = window.location.hash.replace(/^#\/?/, '').split(/[/?]/)[0] || 'oversikt';
  const page = areas.find((area) => area.path === first)?.Page;
  return (page?.preload?.() ?? Promise.resolve()).catch(() => undefined);
}

// The shell in index.html has painted meanwhile; the app replaces it once its stylesheets (and its first screen's
// code) are in.
void Promise.all([appStyles(), preloadScreen()]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <AccessProvider>
          <RouterProvider router={router} />
        </AccessProvider>
      </QueryClientProvider>
    </StrictMode>,
  ),
);
