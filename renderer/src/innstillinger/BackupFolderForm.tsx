import { Alert } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { PickPathButton } from '../components/PickPathButton';
import { FormFrame } from '../forms/FormFrame';
import { TextField } from '../forms/fields';
import { useForm } from '../forms/useForm';
import { useSave } from '../forms/useSave';
import { PendingButton } from '../forms/PendingButton';

/** Where backups go: a folder of the user's choice (a network share is fine), or the default beside the data file. */
export function BackupFolderForm({ current, defaultFolder }: { current: string | null; defaultFolder: string }) {
  const form = useForm('backup-folder', { backupFolder: current ?? '' });
  const saveTo = useSave(form);
  const [saved, setSaved] = useState(false);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setSaved(false);
    const result = await saveTo('settings.update', { backupFolder: form.values.backupFolder });
    if (result) setSaved(true);
  }

  return (
    <FormFrame form={form} onSubmit={save} label="Mappe for sikkerhetskopier">
      {saved ? (
        <Alert data-color="success" role="status">
          Mappen for sikkerhetskopier er lagret.
        </Alert>
      ) : null}
      <TextField
        form={form}
        name="backupFolder"
        label="Mappe for sikkerhetskopier"
        description={`Hele stien, for eksempel en delt mappe på nettverket. La feltet stå tomt for å bruke standardmappen: ${defaultFolder}`}
      />
      <div className="form-actions">
        <PickPathButton
          kind="backupFolder"
          label="Velg mappe …"
          onPick={(folder) => form.set('backupFolder', folder)}
        />
        <PendingButton type="submit" variant="secondary" pending={form.pending}>
          Lagre mappen
        </PendingButton>
      </div>
    </FormFrame>
  );
}
