import type { ReactNode } from 'react';
import { useRead } from '../api/hooks';
import { lazyComponent } from '../lazyComponent';

// Seen only when the data file cannot be opened; its code loads only then.
const RecoveryScreen = lazyComponent(() => import('./RecoveryScreen').then((m) => m.RecoveryScreen));

/** The app, unless its data file could not be opened: then the recovery screen, and nothing else. */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const status = useRead('recovery.status', undefined);
  if (status.isPending) return null;
  if (status.data?.needed) return <RecoveryScreen status={status.data} />;
  return <>{children}</>;
}
