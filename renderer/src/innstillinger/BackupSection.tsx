import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { BackupStatus } from '../../../core/backups/contract';
import { useRead, useWrite } from '../api/hooks';
import { QueryState } from '../components/QueryState';
import { formatDateTime } from '../format';
import { KIND_LABEL } from '../gjenoppretting/labels';
import { BackupFolderForm } from './BackupFolderForm';
import { PendingButton } from '../forms/PendingButton';

function LastBackup({ status }: { status: BackupStatus }) {
  return (
    <dl className="facts">
      <dt>Sikkerhetskopiene lagres i</dt>
      <dd>
        <code>{status.folder}</code>
      </dd>
      <dt>Siste sikkerhetskopi</dt>
      <dd>
        {status.lastSuccess
          ? `${formatDateTime(status.lastSuccess.at)} (${KIND_LABEL[status.lastSuccess.kind].toLowerCase()})`
          : 'Ingen er tatt ennå på denne PC-en.'}
      </dd>
    </dl>
  );
}

/** On Innstillinger: where backups go, when the last one was taken, and a button to take one now. */
export function BackupSection() {
  const status = useRead('backups.status', undefined);
  const settings = useRead('settings.get', undefined);
  const create = useWrite('backups.create');
  const [done, setDone] = useState<string | null>(null);

  return (
    <section className="section" aria-labelledby="backup-heading">
      <Heading level={2} data-size="md" id="backup-heading">
        Sikkerhetskopier
      </Heading>
      <Paragraph>
        AKAN Utvalg tar en sikkerhetskopi hver dag når programmet er i bruk, og tar vare på de siste 14 og én for hver
        av de siste 12 månedene.
      </Paragraph>
      <QueryState query={status} label="status for sikkerhetskopier">
        {(s) => (
          <>
            <LastBackup status={s} />
            {s.folderProblem ? <Alert data-color="danger">{s.folderProblem}</Alert> : null}
            {s.lastFailure ? (
              <Alert data-color="warning">
                Forsøket {formatDateTime(s.lastFailure.at)} mislyktes: {s.lastFailure.message}
              </Alert>
            ) : null}
          </>
        )}
      </QueryState>
      {done ? (
        <Alert data-color="success" role="status">
          {done}
        </Alert>
      ) : null}
      {create.error ? <Alert data-color="danger">{create.error.message}</Alert> : null}
      <div className="form-actions section-gap">
        <PendingButton
          pending={create.isPending}
          onClick={() => {
            setDone(null);
            create.mutate({}, { onSuccess: (entry) => setDone(`Sikkerhetskopien er lagret i ${entry.file}.`) });
          }}
        >
          Ta sikkerhetskopi nå
        </PendingButton>
        <Button asChild variant="secondary">
          <Link to="/innstillinger/sikkerhetskopier">Gjenopprett eller flytt data</Link>
        </Button>
      </div>
      {status.data && settings.data ? (
        <BackupFolderForm current={settings.data.backupFolder} defaultFolder={status.data.defaultFolder} />
      ) : null}
    </section>
  );
}
