import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { ContractError, call } from '../api/client';
import { downloadBase64 } from '../components/download';
import { PendingButton } from '../forms/PendingButton';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Outcome = { ok: boolean; message: string } | null;

/**
 * In the desktop app the shell asks where to save and the file is written there; in the browser preview the
 * workbook comes back as bytes and is offered as a download.
 */
export function ExportButton({ year, unsavedSummary }: { year: number; unsavedSummary: boolean }) {
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [casePending, setCasePending] = useState(false);
  const desktop = Boolean(window.akan);

  async function makeCaseDocument() {
    setCasePending(true);
    setOutcome(null);
    try {
      const file = await call('reports.exportCaseDocument', { year });
      if (file.base64) {
        downloadBase64(file.fileName, file.base64, DOCX_TYPE);
        setOutcome({ ok: true, message: `Saksframlegget er lastet ned som «${file.fileName}».` });
      } else if (file.path) {
        setOutcome({ ok: true, message: `Saksframlegget «${file.fileName}» er lagret i ${file.path}.` });
      }
    } catch (error) {
      setOutcome({
        ok: false,
        message: error instanceof ContractError ? error.message : 'Saksframlegget kunne ikke lages. Prøv igjen.',
      });
    } finally {
      setCasePending(false);
    }
  }

  async function exportReport() {
    setPending(true);
    setOutcome(null);
    try {
      const file = await call('reports.exportAnnual', { year });
      if (file.base64) {
        downloadBase64(file.fileName, file.base64, XLSX_TYPE);
        setOutcome({ ok: true, message: `Årsrapporten er lastet ned som «${file.fileName}».` });
      } else if (file.path) {
        setOutcome({ ok: true, message: `Årsrapporten «${file.fileName}» er lagret i ${file.path}.` });
      }
    } catch (error) {
      setOutcome({
        ok: false,
        message: error instanceof ContractError ? error.message : 'Årsrapporten kunne ikke lages. Prøv igjen.',
      });
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="export-report">
      <PendingButton onClick={exportReport} pending={pending}>
        {desktop ? 'Lagre årsrapport' : 'Last ned årsrapport'}
      </PendingButton>
      <PendingButton variant="secondary" onClick={makeCaseDocument} pending={casePending}>
        Lag saksframlegg
      </PendingButton>
      {unsavedSummary ? (
        <Paragraph data-size="sm" className="muted">
          Oppsummeringen har endringer som ikke er lagret. Lagre den først, så kommer den med i rapporten.
        </Paragraph>
      ) : null}
      {/* Room for the message is kept, so the page does not jump when it appears. */}
      <div role="status" style={{ minHeight: '3.5rem' }}>
        {outcome ? <Alert data-color={outcome.ok ? 'success' : 'danger'}>{outcome.message}</Alert> : null}
      </div>
    </div>
  );
}
