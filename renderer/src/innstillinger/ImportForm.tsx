import { Alert, Heading } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { BackupEntry } from '../../../core/backups/contract';
import { ContractError, call } from '../api/client';
import { ConfirmButton } from '../components/ConfirmButton';
import { PickPathButton } from '../components/PickPathButton';
import { FormErrors } from '../forms/FormErrors';
import { TextField } from '../forms/fields';
import { useForm } from '../forms/useForm';
import { BackupList, isUsable } from '../gjenoppretting/BackupList';
import { reloadAfterReplace } from './reloadAfterReplace';
import { PendingButton } from '../forms/PendingButton';

/** Brings in an export file: first shows what it holds, then replaces the data here (after backing them up). */
export function ImportForm() {
  const form = useForm('import', { file: '' });
  const [entry, setEntry] = useState<BackupEntry | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function inspect(event: React.FormEvent) {
    event.preventDefault();
    setEntry(null);
    const result = await form.submit(() => call('backups.inspect', { file: form.values.file }));
    if (result) setEntry(result);
  }

  async function importFile(file: string) {
    setFailure(null);
    try {
      reloadAfterReplace(await call('backups.import', { file }), 'importert');
    } catch (error) {
      setFailure(error instanceof ContractError ? error.message : 'Importen mislyktes. Prøv igjen.');
    }
  }

  return (
    <>
      <form className="form-stack" onSubmit={inspect} noValidate aria-label="Importer data fra fil">
        <FormErrors form={form} />
        <TextField
          form={form}
          name="file"
          label="Filen som skal importeres"
          description="Hele stien til eksportfilen (.akan) fra den andre PC-en."
        />
        <div className="form-actions">
          <PickPathButton kind="importFile" label="Velg fil …" onPick={(file) => form.set('file', file)} />
          <PendingButton type="submit" variant="secondary" pending={form.pending}>
            Se hva filen inneholder
          </PendingButton>
        </div>
      </form>
      {failure ? (
        <Alert data-color="danger" role="alert">
          {failure}
        </Alert>
      ) : null}
      {entry ? (
        <div className="section-gap">
          <Heading level={3} data-size="xs">
            Innholdet i filen
          </Heading>
          <BackupList
            caption="Filen som skal importeres"
            entries={[entry]}
            action={(e) =>
              isUsable(e) ? (
                <ConfirmButton
                  label="Importer…"
                  title="Importere dataene i filen?"
                  description="Dataene som er her nå, blir først sikkerhetskopiert, og så erstattet av alt innholdet i filen."
                  confirmLabel="Importer filen"
                  onConfirm={() => void importFile(e.file)}
                />
              ) : (
                'Kan ikke importeres'
              )
            }
          />
        </div>
      ) : null}
    </>
  );
}
