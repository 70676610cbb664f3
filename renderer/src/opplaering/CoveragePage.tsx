import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { CoverageReport } from '../../../core/trainings/contract';
import { useRead } from '../api/hooks';
import { EmptyState } from '../components/EmptyState';
import { FilterSelect } from '../components/FilterSelect';
import { ListPager } from '../components/ListPager';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { formatDate, formatNumber } from '../format';
import { AreaNav } from './AreaNav';
import { catalogueOptions } from '../components/FilterBar';
import { CoverageTable } from './CoverageTable';

function Summary({ report }: { report: CoverageReport }) {
  const { total } = report;
  return (
    <Card data-color="neutral" className="section-gap">
      <Paragraph>
        <span className="coverage-total">{total.leaderPercent === null ? '–' : `${total.leaderPercent} %`}</span> av
        lederne har gjennomført «{report.leaderTopic.name}» de siste {report.years} årene:{' '}
        {formatNumber(total.leadersCovered)} av {formatNumber(total.leaderCount ?? 0)} registrerte ledere.
      </Paragraph>
    </Card>
  );
}

function Unreached({ report }: { report: CoverageReport }) {
  return (
    <section className="section" aria-labelledby="unreached-heading">
      <Heading level={2} data-size="md" id="unreached-heading">
        Ikke nådd med «{report.topic.name}»
      </Heading>
      {report.unreachedCount === 0 ? (
        <Alert data-color="success">
          Alle enheter har hatt deltakere på «{report.topic.name}» de siste {report.years} årene.
        </Alert>
      ) : (
        <>
          {report.paging.pageCount === 1 ? (
            <Paragraph>
              Disse enhetene har ikke hatt deltakere på «{report.topic.name}» fra {formatDate(report.from)} til og med{' '}
              {formatDate(report.to)}.
            </Paragraph>
          ) : (
            <Paragraph>
              {formatNumber(report.unreachedCount)} enheter har ikke hatt deltakere på «{report.topic.name}» fra{' '}
              {formatDate(report.from)} til og med {formatDate(report.to)}.{' '}
              {report.unreached.length === 0
                ? `Ingen av dem står på side ${report.paging.page} av tabellen.`
                : `Her er de som står på side ${report.paging.page} av ${report.paging.pageCount} i tabellen:`}
            </Paragraph>
          )}
          <ul>
            {report.unreached.map((u) => (
              <li key={u.unitId}>
                {u.path}
                {u.nextPlanned
                  ? ` – invitert til opplæring ${formatDate(u.nextPlanned)}`
                  : ' – ingen opplæring planlagt'}
              </li>
            ))}
          </ul>
          <Button asChild variant="secondary">
            <Link to={`/opplaering/ny?emne=${report.topic.id}`}>Planlegg «{report.topic.name}»</Link>
          </Button>
        </>
      )}
    </section>
  );
}

export function CoveragePage() {
  const [params, setParams] = useSearchParams();
  const topicParam = params.get('emne');
  const [page, setPage] = useState(1);
  const report = useRead('trainings.coverage', topicParam ? { topicId: Number(topicParam), page } : { page }, {
    keepPrevious: true,
  });
  const topics = useRead('trainingTopics.list', { includeArchived: true });
  return (
    <>
      <PageHeader
        title="Dekning av opplæring"
        lead="Hvor mange ledere som har gjennomført «Den nødvendige samtalen», og hvilke enheter som ikke er nådd. Dette er grunnlaget når dere forteller AMU hvem som mangler opplæring."
      />
      <AreaNav />
      <QueryState query={report} label="dekningen">
        {(r) =>
          r.rows.length === 0 ? (
            <EmptyState
              title="Ingen enheter er registrert"
              action={
                <Button asChild>
                  <Link to="/enheter/ny">Registrer enhet</Link>
                </Button>
              }
            >
              Dekningen regnes per enhet. Registrer sektorene og enhetene med antall ledere først.
            </EmptyState>
          ) : (
            <>
              <Paragraph>
                Teller gjennomførte opplæringer fra og med {formatDate(r.from)} til og med {formatDate(r.to)} ({r.years}{' '}
                år, kan endres under <Link to="/innstillinger">Innstillinger</Link>).
              </Paragraph>
              <Summary report={r} />
              <search className="filters" aria-label="Velg emne for nådde enheter">
                <FilterSelect
                  label="Vis deltakere og nådde enheter for emne"
                  value={String(r.topic.id)}
                  options={catalogueOptions(topics.data ?? [])}
                  onChange={(value) => {
                    setParams({ emne: value }, { replace: true });
                    setPage(1);
                  }}
                />
              </search>
              <CoverageTable report={r} />
              <ListPager list={r.paging} onPage={setPage} label="Sider: dekning per enhet" />
              <Paragraph className="footnote">
                Dekningen regnes mot antall ledere som er registrert for enheten, og en enhet teller høyst så mange
                ledere som den har. Kolonnen med ledere viser antallet slik det er registrert. Sektorer summerer
                enhetene under seg. Enheter uten registrert antall ledere får ingen prosent – registrer antallet under{' '}
                <Link to="/enheter">Enheter</Link>.
              </Paragraph>
              <Unreached report={r} />
            </>
          )
        }
      </QueryState>
    </>
  );
}
