import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useReachable } from '../api/reachability';
import { servedByServer } from '../api/serverSession';
import { send } from '../api/transport';

const PROBE_MS = 5_000;

/**
 * One calm banner while the other end (the committee's server) cannot be reached: what was typed stays, the app
 * keeps trying, and once it answers again every screen is read anew. Never a silent switch to an older copy.
 */
export function ConnectionBanner() {
  const reachable = useReachable();
  const client = useQueryClient();
  useEffect(() => {
    if (reachable) return;
    // The browser's event stream reconnects by itself; the desktop asks its main process until the server answers.
    if (!window.akan) return () => void client.invalidateQueries();
    const probe = setInterval(() => void send('settings.get', undefined), PROBE_MS);
    return () => {
      clearInterval(probe);
      void client.invalidateQueries();
    };
  }, [reachable, client]);
  if (reachable) return null;
  const where = servedByServer() || window.akan ? 'kommunens AKAN-server' : 'AKAN Utvalg';
  return (
    <Alert data-color="warning" className="connection-banner" role="status">
      <Paragraph>
        Får ikke kontakt med {where} akkurat nå. Det du har skrevet, blir stående, og ingenting vises fra en eldre kopi.
        Vi prøver igjen av oss selv; lagre på nytt når kontakten er tilbake.
      </Paragraph>
    </Alert>
  );
}
