import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { BackupEntry } from '../../../core/backups/contract';
import { ContractError, call } from '../api/client';
import { useRead } from '../api/hooks';
import { ConfirmButton } from '../components/ConfirmButton';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { formatDateTime } from '../format';
import { BackupList, OtherBackups, byOrigin, isUsable, otherDataFileWarning } from '../gjenoppretting/BackupList';
import { ExportForm } from './ExportForm';
import { ImportForm } from './ImportForm';
import { reloadAfterReplace } from './reloadAfterReplace';

function Replaced() {
  const [params] = useSearchParams();
  const from = params.get('gjenopprettet') ?? params.get('importert');
  if (!from) return null;
  const copy = params.get('kopi');
  return (
    <Alert data-color="success" role="status">
      {params.has('importert') ? `Dataene er importert fra ${from}.` : `Dataene er gjenopprettet fra ${from}.`}
      {copy ? ` Dataene slik de var før, er tatt vare på i ${copy}.` : ''}
    </Alert>
  );
}

const REPLACED =
  'Dataene slik de er nå, blir først sikkerhetskopiert, og så erstattet av innholdet i denne sikkerhetskopien.';

function RestoreAction({
  entry,
  ours,
  onFailure,
}: {
  entry: BackupEntry;
  /** This data file's organisation, named when the backup is another's. */
  ours: string | null;
  onFailure: (message: string) => void;
}) {
  if (!isUsable(entry)) return <>Kan ikke gjenopprettes</>;
  const own = entry.origin === 'this';
  return (
    <ConfirmButton
      label="Gjenopprett…"
      title={`Gjenopprette sikkerhetskopien fra ${formatDateTime(entry.createdAt)}?`}
      description={
        own
          ? `${REPLACED} Endringer gjort etter at den ble tatt, finnes bare i kopien av dagens data.`
          : `${otherDataFileWarning(entry, ours)} ${REPLACED}`
      }
      confirmLabel={own ? 'Gjenopprett denne sikkerhetskopien' : 'Ja, erstatt dataene med denne sikkerhetskopien'}
      onConfirm={() =>
        void call('backups.restore', own ? { file: entry.file } : { file: entry.file, confirmOtherDataFile: true })
          .then((result) => reloadAfterReplace(result, 'gjenopprettet'))
          .catch((error: unknown) =>
            onFailure(error instanceof ContractError ? error.message : 'Gjenopprettingen mislyktes. Prøv igjen.'),
          )
      }
    />
  );
}

export function BackupsPage() {
  const backups = useRead('backups.list', undefined);
  const status = useRead('backups.status', undefined);
  const settings = useRead('settings.get', undefined);
  const ours = settings.data?.organisationName || null;
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        title="Sikkerhetskopier"
        lead="Gjenopprett data fra en sikkerhetskopi, eller flytt alle data til en annen PC."
      />
      <Replaced />
      <section className="section" aria-labelledby="restore-heading">
        <Heading level={2} data-size="md" id="restore-heading">
          Gjenopprett fra en sikkerhetskopi
        </Heading>
        {failure ? (
          <Alert data-color="danger" role="alert">
            {failure}
          </Alert>
        ) : null}
        <QueryState query={backups} label="sikkerhetskopier">
          {(list) => {
            const { own, others } = byOrigin(list);
            return (
              <>
                {own.length === 0 ? (
                  <EmptyState title="Ingen sikkerhetskopier av denne datafilen ennå">
                    Den første tas automatisk i dag: når AKAN Utvalg åpnes, eller første gang du lagrer noe. Du kan også
                    ta en nå under Innstillinger.
                  </EmptyState>
                ) : (
                  <BackupList
                    caption="Sikkerhetskopier, nyeste først"
                    entries={own}
                    action={(e) => <RestoreAction entry={e} ours={ours} onFailure={setFailure} />}
                  />
                )}
                <OtherBackups
                  entries={others}
                  lead="Disse ligger i samme mappe, men er av en annen datafil (eller tatt før sikkerhetskopiene fikk datafilens id). Gjenoppretter du en av dem, blir dataene her erstattet av den andre virksomhetens data."
                  action={(e) => <RestoreAction entry={e} ours={ours} onFailure={setFailure} />}
                />
              </>
            );
          }}
        </QueryState>
      </section>
      <section className="section" aria-labelledby="export-heading">
        <Heading level={2} data-size="md" id="export-heading">
          Ta med dataene til en annen PC
        </Heading>
        <Paragraph>
          Lagre alle data i én fil. Den kan åpnes med AKAN Utvalg på en annen PC, for eksempel når utvalget får nye
          medlemmer.
        </Paragraph>
        {status.data ? <ExportForm suggestedFile={status.data.suggestedExportFile} /> : null}
      </section>
      <section className="section" aria-labelledby="import-heading">
        <Heading level={2} data-size="md" id="import-heading">
          Hent inn data fra en annen PC
        </Heading>
        <ImportForm />
      </section>
    </>
  );
}
