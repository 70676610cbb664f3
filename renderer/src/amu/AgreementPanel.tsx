import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import type { AgreementStatus } from '../../../core/amuCases/contract';
import { StatusTag } from '../components/StatusTag';
import { formatDate } from '../format';

/** When the AKAN agreement was last revised (from the adopted change proposals) and when it is due for review. */
export function AgreementPanel({ agreement }: { agreement: AgreementStatus }) {
  return (
    <Card className="agreement-panel" data-color="neutral">
      <Heading level={2} data-size="sm">
        AKAN-avtalen
      </Heading>
      {agreement.lastRevised && agreement.reviewDue ? (
        <>
          <Paragraph>
            Sist revidert {formatDate(agreement.lastRevised)}
            {agreement.revisedByCaseId !== null ? (
              <>
                {' '}
                (<Link to={`/amu/${agreement.revisedByCaseId}`}>{agreement.revisedByCaseTitle}</Link>)
              </>
            ) : null}
            . Avtalen skal gjennomgås hvert {agreement.reviewYears}. år, neste gang senest{' '}
            {formatDate(agreement.reviewDue)}.
          </Paragraph>
          {agreement.reviewNeeded ? (
            <StatusTag color="warning">Skal gjennomgås nå</StatusTag>
          ) : (
            <StatusTag color="success">Innenfor fristen</StatusTag>
          )}
        </>
      ) : (
        <Paragraph>
          Appen vet ikke når AMU sist vedtok avtalen. Registrer vedtaket som en behandlet sak av typen «Endringsforslag
          til AKAN-avtalen», med vedtaksdato, så minner appen dere på neste gjennomgang.
        </Paragraph>
      )}
      <div>
        <Button asChild variant="secondary">
          <Link to="/amu/ny?type=agreementChange">Registrer endringsforslag</Link>
        </Button>
      </div>
    </Card>
  );
}
