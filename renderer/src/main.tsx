import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme/digdir.css';
import './styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { adoptBridgeToken } from './api/bridgeToken';
import { RecoveryGate } from './gjenoppretting/RecoveryGate';
import { AppShell } from './layout/AppShell';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 } },
});

if (!window.akan) adoptBridgeToken();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <HashRouter>
        <RecoveryGate>
          <AppShell />
        </RecoveryGate>
      </HashRouter>
    </QueryClientProvider>
  </StrictMode>,
);
