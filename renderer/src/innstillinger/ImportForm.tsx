import { Alert, Field, Heading, Input, Label, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { BackupEntry } from '../../../core/backups/contract';
import { ContractError, call } from '../api/client';
import { ConfirmButton } from '../components/ConfirmButton';
import { PickPathButton } from '../components/PickPathButton';
import { FormFrame } from '../forms/FormFrame';
import { errorFor, TextField } from '../forms/fields';
import { type FormState, useForm } from '../forms/useForm';
import { BackupList, isUsable } from '../gjenoppretting/BackupList';
import { importChosen, inspectChosen } from './chosenFile';
import { reloadAfterReplace } from './reloadAfterReplace';
import { PendingButton } from '../forms/PendingButton';

type ImportValues = { file: string };

/** The file looked at, and in the browser the file itself (sent again to be taken in). */
interface Inspected {
  entry: BackupEntry;
  upload: File | null;
}

const LABEL = 'Filen som skal importeres';

/** In the browser the file is chosen on the user's own PC and sent; there is no path to type. */
function FileInput({ form, onChoose }: { form: FormState<ImportValues>; onChoose: (file: File | null) => void }) {
  form.describe('file', { label: LABEL });
  const id = form.fieldId('file');
  const error = errorFor(form, 'file');
  return (
    <Field>
      <Label htmlFor={id}>{LABEL}</Label>
      <Field.Description>Eksportfilen (.akan) fra den andre PC-en.</Field.Description>
      <Input
        id={id}
        type="file"
        accept=".akan"
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChoose(event.target.files?.[0] ?? null)}
      />
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}

/** Brings in an export file: first shows what it holds, then replaces the data here (after backing them up). */
export function ImportForm() {
  const desktop = Boolean(window.akan);
  const form = useForm<ImportValues>('import', { file: '' });
  const [chosen, setChosen] = useState<File | null>(null);
  const [inspected, setInspected] = useState<Inspected | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function inspect(event: React.FormEvent) {
    event.preventDefault();
    setInspected(null);
    const upload = chosen;
    const entry = await form.submit(() =>
      desktop ? call('backups.inspect', { file: form.values.file }) : inspectChosen(upload),
    );
    if (entry) setInspected({ entry, upload });
  }

  async function importFile({ entry, upload }: Inspected) {
    setFailure(null);
    try {
      const result = upload ? await importChosen(upload) : await call('backups.import', { file: entry.file });
      reloadAfterReplace(result, 'importert');
    } catch (error) {
      setFailure(error instanceof ContractError ? error.message : 'Importen mislyktes. Prøv igjen.');
    }
  }

  return (
    <>
      <FormFrame form={form} onSubmit={inspect} label="Importer data fra fil">
        {desktop ? (
          <TextField
            form={form}
            name="file"
            label={LABEL}
            description="Hele stien til eksportfilen (.akan) fra den andre PC-en, eller velg den med «Velg fil …»."
          />
        ) : (
          <FileInput
            form={form}
            onChoose={(file) => {
              setChosen(file);
              setInspected(null);
            }}
          />
        )}
        <div className="form-actions">
          <PickPathButton kind="importFile" label="Velg fil …" onPick={(file) => form.set('file', file)} />
          <PendingButton type="submit" variant="secondary" pending={form.pending}>
            Se hva filen inneholder
          </PendingButton>
        </div>
      </FormFrame>
      {failure ? (
        <Alert data-color="danger" role="alert">
          {failure}
        </Alert>
      ) : null}
      {inspected ? (
        <div className="section-gap">
          <Heading level={3} data-size="xs">
            Innholdet i filen
          </Heading>
          <BackupList
            caption={LABEL}
            entries={[inspected.entry]}
            action={(e) =>
              isUsable(e) ? (
                <ConfirmButton
                  label="Importer…"
                  title="Importere dataene i filen?"
                  description="Dataene som er her nå, blir først sikkerhetskopiert, og så erstattet av alt innholdet i filen."
                  confirmLabel="Importer filen"
                  onConfirm={() => void importFile(inspected)}
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
