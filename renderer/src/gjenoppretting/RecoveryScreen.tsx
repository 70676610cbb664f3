import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import type { RecoveryStatus } from '../../../core/recovery/contract';
import { ContractError, call } from '../api/client';
import { useRead } from '../api/hooks';
import { EmptyState } from '../components/EmptyState';
import { QueryState } from '../components/QueryState';
import { ConfirmButton } from '../components/ConfirmButton';
import { formatDateTime } from '../format';
import {
  BackupList,
  byOrigin,
  isUsable,
  newestUsable,
  otherDataFileWarning,
  timeCellId,
  OtherBackups,
} from './BackupList';

/** Shown instead of the app when the data file cannot be opened: why, and the backups to restore from. */
export function RecoveryScreen({ status }: { status: RecoveryStatus }) {
  const backups = useRead('recovery.listBackups', undefined, { enabled: status.canRestore });
  const [pending, setPending] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    document.title = 'Datafilen kunne ikke åpnes – AKAN Utvalg';
  }, []);

  async function retry() {
    setPending('retry');
    setFailure(null);
    try {
      const next = await call('recovery.retry', {});
      if (!next.needed) window.location.reload();
      else setFailure(`Det gikk ikke denne gangen heller. ${next.message ?? ''}`.trim());
    } catch (error) {
      setFailure(error instanceof ContractError ? error.message : 'Det gikk ikke. Prøv igjen om litt.');
    }
    setPending(null);
  }

  async function restore(file: string, confirmOtherDataFile = false) {
    setPending(file);
    setFailure(null);
    try {
      await call('recovery.restore', confirmOtherDataFile ? { file, confirmOtherDataFile } : { file });
      setRestored(true);
      window.location.reload();
    } catch (error) {
      setFailure(error instanceof ContractError ? error.message : 'Gjenopprettingen mislyktes. Prøv igjen.');
      setPending(null);
    }
  }

  return (
    <main className="recovery" id="main">
      <Heading level={1} data-size="lg">
        Datafilen kunne ikke åpnes
      </Heading>
      <Alert data-color="danger">
        <Paragraph>{status.message}</Paragraph>
        <Paragraph data-size="sm">Datafil: {status.dataFile}</Paragraph>
      </Alert>
      {restored ? (
        <Alert data-color="success" role="status">
          Sikkerhetskopien er gjenopprettet. AKAN Utvalg åpnes på nytt.
        </Alert>
      ) : null}
      {failure ? (
        <Alert data-color="danger" role="alert">
          {failure}
        </Alert>
      ) : null}
      {status.canRestore ? (
        <section className="section" aria-labelledby="recovery-backups-heading">
          <Heading level={2} data-size="md" id="recovery-backups-heading">
            Gjenopprett fra en sikkerhetskopi
          </Heading>
          <Paragraph>
            Den nyeste sikkerhetskopien som kan brukes, står øverst.
            {status.kind === 'corrupt'
              ? ' Den skadde datafilen blir ikke slettet: den legges til side med dagens dato og klokkeslett i navnet, slik at IT kan se på den senere.'
              : ''}
          </Paragraph>
          <QueryState query={backups} label="sikkerhetskopier">
            {(list) => {
              const { own, others } = byOrigin(list);
              const newest = newestUsable(own);
              return list.length === 0 ? (
                <EmptyState title="Fant ingen sikkerhetskopier">
                  Det ligger ingen sikkerhetskopier i mappene AKAN Utvalg kjenner til. Ta kontakt med IT: de kan ha en
                  kopi av datafilen fra den vanlige sikkerhetskopieringen av PC-en eller nettverket.
                </EmptyState>
              ) : (
                <>
                  {own.length > 0 ? (
                    <BackupList
                      caption="Sikkerhetskopier, nyeste først"
                      entries={own}
                      action={(entry) => (
                        <Button
                          variant={entry === newest ? 'primary' : 'secondary'}
                          disabled={!isUsable(entry) || pending !== null}
                          aria-describedby={timeCellId(entry)}
                          onClick={() => void restore(entry.file)}
                        >
                          Gjenopprett denne sikkerhetskopien
                        </Button>
                      )}
                    />
                  ) : (
                    <Paragraph>Ingen av sikkerhetskopiene AKAN Utvalg fant, er sikkert av denne datafilen.</Paragraph>
                  )}
                  <OtherBackups
                    entries={others}
                    lead="Disse er av en annen datafil (eller tatt før sikkerhetskopiene fikk datafilens id). Velg en av dem bare hvis du vet at den har dataene dine."
                    action={(entry) =>
                      isUsable(entry) ? (
                        <ConfirmButton
                          label="Gjenopprett…"
                          title={`Gjenopprette sikkerhetskopien fra ${formatDateTime(entry.createdAt)}?`}
                          description={otherDataFileWarning(entry, status.organisationName)}
                          confirmLabel="Ja, bruk denne sikkerhetskopien"
                          onConfirm={() => restore(entry.file, true)}
                        />
                      ) : (
                        <>Kan ikke gjenopprettes</>
                      )
                    }
                  />
                </>
              );
            }}
          </QueryState>
        </section>
      ) : (
        <div className="section">
          <Paragraph>Når dette er ordnet, prøv igjen.</Paragraph>
          <div className="form-actions">
            <Button variant="secondary" disabled={pending !== null} onClick={() => void retry()}>
              Prøv igjen
            </Button>
          </div>
        </div>
      )}
    </main>
  );
}
