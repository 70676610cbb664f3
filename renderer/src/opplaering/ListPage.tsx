import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { MethodInput } from '../../../core/contract';
import { useRead } from '../api/hooks';
import { EmptyState } from '../components/EmptyState';
import { ListPager } from '../components/ListPager';
import { SaveNotice } from '../forms/SaveNotice';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { AreaNav } from './AreaNav';
import { CalendarExportForm } from './CalendarExportForm';
import { listCaption } from './listCaption';
import { ALL_YEARS, type Filters, NO_FILTERS, TrainingFilters } from './TrainingFilters';
import { TrainingTable } from './TrainingTable';

type ListInput = NonNullable<MethodInput<'trainings.list'>>;

function useFilters(): [Filters, (next: Filters) => void] {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(
    Object.keys(NO_FILTERS).map((key) => [key, params.get(key) ?? '']),
  ) as unknown as Filters;
  const update = (next: Filters) =>
    setParams(Object.fromEntries(Object.entries(next).filter(([, value]) => value !== '')), { replace: true });
  return [filters, update];
}

/** Opens on the current year and later, upcoming first; «Alle år» is `aar=alle`; both a page at a time. */
function toQuery(f: Filters, page: number): ListInput {
  return {
    year: f.aar === ALL_YEARS ? undefined : f.aar ? Number(f.aar) : 'current',
    order: 'upcomingFirst',
    page: f.aar && f.aar !== ALL_YEARS ? undefined : page,
    status: (f.status || undefined) as ListInput['status'],
    topicId: f.emne ? Number(f.emne) : undefined,
    audience: (f.malgruppe || undefined) as ListInput['audience'],
    unitId: f.enhet ? Number(f.enhet) : undefined,
  };
}

export const PLAN_LINK = (
  <Button asChild>
    <Link to="/opplaering/ny">Planlegg opplæring</Link>
  </Button>
);

export function ListPage() {
  const [filters, setFilters] = useFilters();
  const [page, setPage] = useState(1);
  const changeFilters = (next: Filters) => {
    setPage(1);
    setFilters(next);
  };
  const list = useRead('trainings.list', toQuery(filters, page), { keepPrevious: true });
  const topics = useRead('trainingTopics.list', { includeArchived: true });
  // In a large organisation the filter offers the sectors, and the units of the chosen one's sector.
  const chosenUnit = Number(filters.enhet);
  const units = useRead(
    'units.list',
    { choiceAround: Number.isInteger(chosenUnit) && chosenUnit > 0 ? chosenUnit : null },
    { keepPrevious: true },
  );
  const narrowed = Object.entries(filters).some(
    ([key, value]) => value !== '' && !(key === 'aar' && value === ALL_YEARS),
  );
  return (
    <>
      <PageHeader
        title="Opplæring"
        lead="Planlegg opplæring for ledere, tillitsvalgte, verneombud, AKAN-kontakter og nyansatte, send den til kalenderen, og registrer hvor mange som deltok."
        actions={PLAN_LINK}
      />
      <AreaNav />
      <SaveNotice />
      <QueryState query={list} label="opplæringer">
        {(data) => (
          <>
            <TrainingFilters
              filters={filters}
              list={data}
              topics={topics.data ?? []}
              units={units.data ?? []}
              onChange={changeFilters}
            />
            {data.sessions.length === 0 ? (
              !narrowed && data.andLater && data.years.some((y) => y < data.year!) ? (
                <EmptyState title={`Ingen opplæringer i ${data.year} eller senere`} action={PLAN_LINK}>
                  Velg et annet år, eller «Alle år», for å se tidligere opplæringer.
                </EmptyState>
              ) : narrowed ? (
                <EmptyState title="Ingen opplæringer passer filtrene">
                  Velg andre filtre, eller fjern dem for å se alle opplæringene.
                </EmptyState>
              ) : (
                <EmptyState title="Ingen opplæringer er registrert ennå" action={PLAN_LINK}>
                  Begynn med neste kurs, for eksempel «Den nødvendige samtalen» for ledere. Da kan du sende det til
                  kalenderen og se hvilke enheter som ennå ikke er nådd.
                </EmptyState>
              )
            ) : (
              <>
                <TrainingTable sessions={data.sessions} caption={listCaption(data)} />
                <ListPager list={data} onPage={setPage} />
              </>
            )}
            <CalendarExportForm today={data.today} />
          </>
        )}
      </QueryState>
    </>
  );
}
