import { Alert } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { call } from '../api/client';
import { downloadBase64 } from '../components/download';
import { FormFrame } from '../forms/FormFrame';
import { useForm } from '../forms/useForm';
import { PendingButton } from '../forms/PendingButton';

const AKAN_TYPE = 'application/octet-stream';

/**
 * Everything in one `.akan` file, to take to another PC or hand over to the next committee. In the desktop app the
 * system's own dialog asks where to save it; in the browser it comes back as bytes and is offered as a download.
 */
export function ExportForm({ suggestedFile }: { suggestedFile: string }) {
  const form = useForm('export', { file: suggestedFile });
  const [saved, setSaved] = useState<string | null>(null);
  const desktop = Boolean(window.akan);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setSaved(null);
    const result = await form.submit(() => call('backups.export', desktop ? { file: form.values.file } : {}));
    if (!result) return;
    if (result.base64) {
      downloadBase64(result.fileName, result.base64, AKAN_TYPE);
      setSaved(`Alle data er lastet ned som «${result.fileName}».`);
    } else {
      setSaved(`Alle data er lagret i ${result.file ?? result.fileName}.`);
    }
  }

  return (
    <FormFrame form={form} onSubmit={save} label="Eksporter alle data">
      {saved ? (
        <Alert data-color="success" role="status">
          {saved} Ta med filen og velg «Importer» på den andre PC-en.
        </Alert>
      ) : null}
      <div className="form-actions">
        <PendingButton type="submit" variant="secondary" pending={form.pending}>
          {desktop ? 'Eksporter alle data …' : 'Last ned alle data'}
        </PendingButton>
      </div>
    </FormFrame>
  );
}
