import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CarryOverResult } from '../../../core/plan/contract';
import { useCall } from '../forms/useCall';
import { ContractError } from '../api/client';
import { PendingButton } from '../forms/PendingButton';

function resultText(r: CarryOverResult): string {
  const copied = r.copied.length;
  const before = r.alreadyCopied > 0 ? ` ${r.alreadyCopied} var kopiert fra før og ble ikke kopiert på nytt.` : '';
  if (copied === 0) return `Ingen nye punkter ble kopiert til ${r.toYear}.${before}`;
  return `${copied} ${copied === 1 ? 'punkt er' : 'punkter er'} kopiert til ${r.toYear}.${before}`;
}

/** Copies the year's unfinished items to the next year; running it again copies only what is new. */
export function CarryOver({ year, unfinished }: { year: number; unfinished: number }) {
  const [result, setResult] = useState<CarryOverResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const run = useCall();

  async function copy() {
    setPending(true);
    setError(null);
    try {
      setResult(await run('plan.copyUnfinished', { fromYear: year }));
    } catch (e) {
      setError(e instanceof ContractError ? e.message : 'Noe gikk galt, og ingenting ble kopiert. Prøv igjen.');
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="section" aria-labelledby="carry-over-heading">
      <Heading level={2} data-size="sm" id="carry-over-heading">
        Videre til {year + 1}
      </Heading>
      <Paragraph className="muted">
        Kopier punktene som ikke er fullført eller avlyst ({unfinished}), til planen for {year + 1}. Hvert punkt
        kopieres bare én gang, så du kan trygt gjøre det igjen hvis du legger til flere.
      </Paragraph>
      {result ? (
        <Alert data-color="success" role="status">
          {resultText(result)} <Link to={`/plan?aar=${result.toYear}`}>Se planen for {result.toYear}</Link>
        </Alert>
      ) : null}
      {error ? (
        <Alert data-color="danger" role="alert">
          {error}
        </Alert>
      ) : null}
      <PendingButton variant="secondary" onClick={copy} pending={pending}>
        Kopier uferdige punkter til {year + 1}
      </PendingButton>
    </section>
  );
}
