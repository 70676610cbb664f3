import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link, useSearchParams } from 'react-router';
import type { StatisticsPublication, StatisticsYears, TableSpec } from '../../../core/statistics/contract';
import { MEASURE_HELP } from '../../../core/statistics/labels';
import { nameList } from '../../../core/units/rules';
import { useRead } from '../api/hooks';
import { EmptyState } from '../components/EmptyState';
import { FilterSelect, yearOptions } from '../components/FilterSelect';
import { QueryState } from '../components/QueryState';
import { usePrefetchViews } from './prefetch';
import { PublishedChart } from './PublishedChart';
import { PublishedTableView } from './PublishedTableView';
import { StatisticsFrame } from './StatisticsFrame';

const BY_OPTIONS = [
  { value: 'kvartal', label: 'Per kvartal' },
  { value: 'aar', label: 'For hele året' },
];
const ROW_OPTIONS = [
  { value: 'kommunen', label: 'Hele kommunen' },
  { value: 'enheter', label: 'Per enhet, med sum per sektor' },
];

type View = Omit<TableSpec, 'year'>;

function coarserLabel(view: View, from: View): string {
  return view.by !== from.by ? 'Vis for hele året' : 'Vis for hele kommunen';
}

/** Follows the indicator's name, which the table view keeps for screen readers only (the heading shows it). */
function caption({ year, by, units }: StatisticsPublication): string {
  if (by === 'quarter') return units ? `${year} per kvartal og enhet` : `${year} per kvartal, hele kommunen`;
  return units ? `${year} per enhet` : `${year}, hele kommunen`;
}

/** Every number in every table is «..»: nothing has been reported for the year yet. */
function nothingReported({ tables }: StatisticsPublication): boolean {
  return (
    tables.length > 0 &&
    tables.every(({ table }) => table.notReportedCells === table.rowLabels.length * table.colLabels.length)
  );
}

function TooManyHidden({
  publication,
  onChoose,
}: {
  publication: StatisticsPublication;
  onChoose: (view: View) => void;
}) {
  const names = publication.tables.filter((t) => t.table.tooManySuppressed).map((t) => t.indicator.name);
  return (
    <Alert data-color="warning" className="too-many-hidden">
      <Heading level={2} data-size="xs">
        For mange tall er skjult
      </Heading>
      <Paragraph>
        I {names.length === 1 ? 'tabellen for' : 'tabellene for'} {nameList(names)} er mer enn en firedel av tallene
        skjult. Da sier tabellen lite.{' '}
        {publication.coarser.length > 0
          ? 'Vis heller en grovere tabell:'
          : 'Dette er den groveste tabellen appen kan lage. Vurder å la indikatoren være ute av rapporten dette året.'}
      </Paragraph>
      {publication.coarser.length > 0 ? (
        <div className="form-actions">
          {publication.coarser.map((view) => (
            <Button key={`${view.by}-${view.units}`} variant="secondary" onClick={() => onChoose(view)}>
              {coarserLabel(view, publication)}
            </Button>
          ))}
        </div>
      ) : null}
    </Alert>
  );
}

function Publication({
  publication,
  onChoose,
}: {
  publication: StatisticsPublication;
  onChoose: (view: View) => void;
}) {
  return (
    <>
      <Paragraph className="publication-intro">
        Tall fra 1 til {publication.k - 1} er skjermet, og noen andre tall er skjult slik at de ikke kan regnes ut.
        Dette er tallene slik de kan vises for AMU. Grensen ({publication.k}) endrer du under{' '}
        <Link to="/innstillinger">Innstillinger</Link>.
      </Paragraph>
      {publication.tooManySuppressed ? <TooManyHidden publication={publication} onChoose={onChoose} /> : null}
      {nothingReported(publication) ? (
        <EmptyState
          title={`Ingen tall er registrert for ${publication.year}`}
          action={
            <Button asChild variant="secondary">
              <Link to={`/statistikk?aar=${publication.year}`}>Registrer tall</Link>
            </Button>
          }
        >
          Tallene registreres per enhet og kvartal under Registrering. Når de er lagret, vises de her – med de små
          tallene skjermet.
        </EmptyState>
      ) : null}
      {publication.tables.length === 0 ? (
        <EmptyState
          title={`Ingen indikatorer for ${publication.year}`}
          action={
            <Button asChild variant="secondary">
              <Link to="/statistikk/indikatorer">Legg til indikator</Link>
            </Button>
          }
        >
          Legg til indikatorer under Indikatorer, og registrer tall for dem.
        </EmptyState>
      ) : null}
      {(nothingReported(publication) ? [] : publication.tables).map(({ indicator, table }) => (
        <section
          key={indicator.id}
          className="section publication-section"
          aria-labelledby={`indicator-${indicator.id}`}
        >
          <Heading level={2} data-size="sm" id={`indicator-${indicator.id}`}>
            {indicator.name}
          </Heading>
          <Paragraph className="muted">
            {indicator.description}
            {indicator.measure === 'stock' ? ` ${MEASURE_HELP.stock}` : ''}
          </Paragraph>
          <div className="publication-block">
            <div>
              <PublishedTableView indicator={indicator} table={table} caption={caption(publication)} />
              {table.cells.flat().includes(null) || table.rowTotals.includes(null) || table.colTotals.includes(null) ? (
                <p className="muted stat-footnote">{publication.footnote}</p>
              ) : null}
            </div>
            <PublishedChart table={table} />
          </div>
        </section>
      ))}
      <section className="section" aria-labelledby="notes-heading">
        <Heading level={2} data-size="xs" id="notes-heading">
          Om tallene
        </Heading>
        <ul className="publication-notes">
          <li>{publication.footnote}</li>
          <li>{publication.notReportedNote}</li>
        </ul>
      </section>
    </>
  );
}

function PublicationView({ years }: { years: StatisticsYears }) {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('aar') ?? years.current.year);
  const view: View = {
    by: params.get('inndeling') === 'aar' ? 'year' : 'quarter',
    units: params.get('rader') === 'enheter',
  };
  const publication = useRead('statistics.publish', { year, ...view });
  usePrefetchViews({ year, ...view }, publication.isSuccess);
  const choose = (next: Partial<TableSpec>) => {
    const chosen = { year, ...view, ...next };
    setParams(
      {
        aar: String(chosen.year),
        inndeling: chosen.by === 'year' ? 'aar' : 'kvartal',
        rader: chosen.units ? 'enheter' : 'kommunen',
      },
      { replace: true },
    );
  };
  return (
    <>
      <div className="year-bar statistics-bar">
        <FilterSelect
          label="År"
          value={String(year)}
          options={yearOptions([...years.years, year])}
          onChange={(y) => choose({ year: Number(y) })}
        />
        <FilterSelect
          label="Kolonner"
          value={view.by === 'year' ? 'aar' : 'kvartal'}
          options={BY_OPTIONS}
          onChange={(v) => choose({ by: v === 'aar' ? 'year' : 'quarter' })}
        />
        <FilterSelect
          label="Rader"
          value={view.units ? 'enheter' : 'kommunen'}
          options={ROW_OPTIONS}
          onChange={(v) => choose({ units: v === 'enheter' })}
        />
      </div>
      <QueryState query={publication} label="statistikken">
        {(p) => <Publication publication={p} onChoose={(v) => choose(v)} />}
      </QueryState>
    </>
  );
}

export function PublicationPage() {
  const years = useRead('statistics.years', undefined);
  return (
    <StatisticsFrame lead="Tallene slik de kan vises for AMU og i årsrapporten: små tall er skjermet, så ingen kan pekes ut.">
      <QueryState query={years} label="årene">
        {(y) => <PublicationView years={y} />}
      </QueryState>
    </StatisticsFrame>
  );
}
