import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { ContractError, call } from '../api/client';
import { downloadBase64 } from '../components/download';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Outcome = { ok: boolean; message: string } | null;

/**
 * In the desktop app the shell asks where to save and the file is written there; in the browser preview the
 * workbook comes back as bytes and is offered as a download.
 */
export function ExportButton({ year, unsavedSummary }: { year: number; unsavedSummary: boolean }) {
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const desktop = Boolean(window.akan);

  async function exportReport() {
    setPending(true);
    setOutcome(null);
    try {
      const file = await call('reports.exportAnnual', { year });
      if (file.base64) {
        downloadBase64(file.fileName, file.base64, XLSX_TYPE);
        setOutcome({ ok: true, message: `Årsrapporten er lastet ned som «${file.fileName}».` });
      } else if (file.path) {
        setOutcome({ ok: true, message: `Årsrapporten er lagret i ${file.path}.` });
      }
    } catch (error) {
      setOutcome({ ok: false, message: error instanceof ContractError ? error.message : 'Årsrapporten kunne ikke lages. Prøv igjen.' });
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="export-report">
      <Button onClick={exportReport} disabled={pending} aria-busy={pending}>
        {desktop ? 'Lagre årsrapport' : 'Last ned årsrapport'}
      </Button>
      {unsavedSummary ? (
        <Paragraph data-size="sm" className="muted">
          Oppsummeringen har endringer som ikke er lagret. Lagre den først, så kommer den med i rapporten.
        </Paragraph>
      ) : null}
      <div role="status">{outcome ? <Alert data-color={outcome.ok ? 'success' : 'danger'}>{outcome.message}</Alert> : null}</div>
    </div>
  );
}
