import { Alert } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { call } from '../api/client';
import { FormErrors } from '../forms/FormErrors';
import { TextField } from '../forms/fields';
import { useForm } from '../forms/useForm';
import { PendingButton } from '../forms/PendingButton';

/** Everything in one `.akan` file, to take to another PC or hand over to the next committee. */
export function ExportForm({ suggestedFile }: { suggestedFile: string }) {
  const form = useForm('export', { file: suggestedFile });
  const [saved, setSaved] = useState<string | null>(null);
  const desktop = Boolean(window.akan);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setSaved(null);
    const result = await form.submit(() => call('backups.export', { file: form.values.file }));
    if (result) setSaved(result.file);
  }

  return (
    <form className="form-stack" onSubmit={save} noValidate aria-label="Eksporter alle data">
      <FormErrors form={form} />
      {saved ? (
        <Alert data-color="success" role="status">
          Alle data er lagret i {saved}. Ta med filen og velg «Importer» på den andre PC-en.
        </Alert>
      ) : null}
      {desktop ? null : (
        <TextField
          form={form}
          name="file"
          label="Lagre eksportfilen som"
          description="Hele stien til en ny fil som slutter på .akan. Ingen fil blir overskrevet."
        />
      )}
      <div className="form-actions">
        <PendingButton type="submit" variant="secondary" pending={form.pending}>
          {desktop ? 'Eksporter alle data …' : 'Eksporter alle data'}
        </PendingButton>
      </div>
    </form>
  );
}
