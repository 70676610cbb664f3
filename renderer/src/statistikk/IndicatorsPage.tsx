import { Alert, Heading } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Indicator } from '../../../core/statistics/contract';
import { MEASURE_LABELS, relationText } from '../../../core/statistics/labels';
import { useRead } from '../api/hooks';
import { ArchiveSection } from '../catalogue/ArchiveSection';
import { statusColumn } from '../catalogue/statusColumn';
import { type Column, DataTable } from '../components/DataTable';
import { QueryState } from '../components/QueryState';
import { RemoveSection } from '../components/RemoveSection';
import { useCall } from '../forms/useCall';
import { formatNumber } from '../format';
import { IndicatorForm } from './IndicatorForm';
import { StatisticsFrame } from './StatisticsFrame';
import { screenRoutes } from '../layout/screenRoutes';

function relationOf(indicator: Indicator, list: readonly Indicator[]): string {
  const name = (id: number) => list.find((i) => i.id === id)?.name ?? '';
  return relationText(indicator.measure, indicator.adds.map(name), indicator.takes.map(name));
}

const columnsFor = (list: readonly Indicator[]): Column<Indicator>[] => [
  {
    key: 'name',
    label: 'Indikator',
    sortValue: (i) => i.name,
    render: (i) => <Link to={`/statistikk/indikatorer/${i.id}`}>{i.name}</Link>,
  },
  { key: 'description', label: 'Hva telles', render: (i) => i.description ?? '' },
  {
    key: 'measure',
    label: 'Tallet gjelder',
    sortValue: (i) => MEASURE_LABELS[i.measure],
    render: (i) => MEASURE_LABELS[i.measure],
  },
  { key: 'relation', label: 'Sammenheng', render: (i) => relationOf(i, list) },
  {
    key: 'used',
    label: 'Registrerte tall',
    numeric: true,
    sortValue: (i) => i.reportedCells,
    render: (i) => formatNumber(i.reportedCells),
  },
  statusColumn,
];

const LEAD = 'Hva utvalget teller. En indikator med tall kan arkiveres, men ikke slettes.';

function IndicatorList() {
  const indicators = useRead('statisticsIndicators.list', { includeArchived: true });
  const [added, setAdded] = useState<string | null>(null);
  return (
    <StatisticsFrame lead={LEAD}>
      {added ? (
        <Alert data-color="success" role="status">
          {added}
        </Alert>
      ) : null}
      <QueryState query={indicators} label="indikatorene">
        {(list) => <DataTable caption="Indikatorer" rows={list} columns={columnsFor(list)} rowKey={(i) => i.id} />}
      </QueryState>
      <section className="section" aria-labelledby="new-indicator-heading">
        <Heading level={2} data-size="sm" id="new-indicator-heading">
          Ny indikator
        </Heading>
        <IndicatorForm onSaved={(i) => setAdded(`Indikatoren «${i.name}» er lagt til.`)} />
      </section>
    </StatisticsFrame>
  );
}

function IndicatorDetail() {
  const id = Number(useParams().id);
  const indicators = useRead('statisticsIndicators.list', { includeArchived: true });
  const navigate = useNavigate();
  const run = useCall();
  const back = () => navigate('/statistikk/indikatorer');
  return (
    <QueryState query={indicators} label="indikatoren">
      {(list) => {
        const indicator = list.find((i) => i.id === id);
        if (!indicator) {
          return (
            <StatisticsFrame lead={LEAD}>
              <Alert data-color="warning">Fant ikke indikatoren. Den kan være slettet.</Alert>
            </StatisticsFrame>
          );
        }
        const at = { id: indicator.id, version: indicator.version };
        return (
          <StatisticsFrame
            title={`Indikator: ${indicator.name}`}
            lead={`${formatNumber(indicator.reportedCells)} registrerte tall.`}
          >
            <IndicatorForm key={indicator.id} indicator={indicator} onSaved={back} />
            <ArchiveSection
              archived={indicator.archived}
              the="indikatoren"
              archivedText="Indikatoren tar ikke imot nye tall. Tallene som er registrert, er tatt vare på og publiseres for årene de gjelder."
              archiveText="En arkivert indikator tar ikke imot nye tall. Tallene som er registrert, tas vare på, og du kan hente den fram igjen."
              onToggle={() =>
                run(indicator.archived ? 'statisticsIndicators.restore' : 'statisticsIndicators.archive', at)
              }
            />
            {indicator.reportedCells === 0 ? (
              <RemoveSection
                heading="Slett"
                hint="Indikatoren har ingen tall og kan slettes."
                label="Slett indikatoren"
                description={`Indikatoren «${indicator.name}» forsvinner fra listen.`}
                onRemove={async () => {
                  await run('statisticsIndicators.remove', at);
                  back();
                }}
              />
            ) : null}
          </StatisticsFrame>
        );
      }}
    </QueryState>
  );
}

export const IndicatorsPage = screenRoutes({
  '': IndicatorList,
  ':id': IndicatorDetail,
});
