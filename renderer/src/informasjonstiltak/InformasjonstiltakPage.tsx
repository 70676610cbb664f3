import { Button, Heading } from '@digdir/designsystemet-react';
import { Link, useSearchParams } from 'react-router';
import type { MethodInput } from '../../../core/contract';
import { useRead } from '../api/hooks';
import { EmptyState } from '../components/EmptyState';
import { SaveNotice } from '../forms/SaveNotice';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { CampaignFilters, type Filters } from './CampaignFilters';
import { EditCampaign, NewCampaign } from './CampaignPages';
import { CampaignTable } from './CampaignTable';
import { CampaignTimeline } from './CampaignTimeline';
import { ThemesPage } from './ThemesPage';
import { screenRoutes } from '../layout/screenRoutes';

function useFilters(): [Filters, (next: Filters) => void] {
  const [params, setParams] = useSearchParams();
  const filters = {
    aar: params.get('aar') ?? '',
    tema: params.get('tema') ?? '',
    status: params.get('status') ?? '',
    kanal: params.get('kanal') ?? '',
  };
  const update = (next: Filters) =>
    setParams(Object.fromEntries(Object.entries(next).filter(([, value]) => value !== '')), { replace: true });
  return [filters, update];
}

function toQuery(filters: Filters): MethodInput<'campaigns.list'> {
  return {
    year: filters.aar ? Number(filters.aar) : undefined,
    themeId: filters.tema ? Number(filters.tema) : undefined,
    status: (filters.status || undefined) as NonNullable<MethodInput<'campaigns.list'>>['status'],
    channel: (filters.kanal || undefined) as NonNullable<MethodInput<'campaigns.list'>>['channel'],
  };
}

const NEW_LINK = (
  <Button asChild>
    <Link to="/informasjonstiltak/ny">Registrer informasjonstiltak</Link>
  </Button>
);

function Overview() {
  const [filters, setFilters] = useFilters();
  const list = useRead('campaigns.list', toQuery(filters), { keepPrevious: true });
  const themes = useRead('campaignThemes.list', { includeArchived: true });
  return (
    <>
      <PageHeader
        title="Informasjonstiltak"
        lead="Informasjon til alle ansatte: artikler på intranettet, plakater, personalmøter og kampanjer – planlagt, gjennomført og evaluert."
        actions={
          <>
            {NEW_LINK}
            <Button asChild variant="secondary">
              <Link to="/informasjonstiltak/temaer">Temaer</Link>
            </Button>
          </>
        }
      />
      <SaveNotice />
      <QueryState query={list} label="informasjonstiltak">
        {(data) => (
          <>
            <CampaignFilters filters={filters} list={data} themes={themes.data ?? []} onChange={setFilters} />
            {data.campaigns.length === 0 ? (
              filters.tema || filters.status || filters.kanal ? (
                <EmptyState title="Ingen tiltak passer filtrene">
                  Velg andre filtre, eller fjern dem for å se alle tiltakene i {data.year}.
                </EmptyState>
              ) : (
                <EmptyState title={`Ingen informasjonstiltak i ${data.year}`} action={NEW_LINK}>
                  Registrer det dere har gjort eller planlegger, for eksempel en artikkel på intranettet før julebordene
                  eller plakater om pengespill. Da kommer tiltakene med i årsrapporten til AMU.
                </EmptyState>
              )
            ) : (
              <>
                <CampaignTable campaigns={data.campaigns} year={data.year} />
                <section className="section" aria-labelledby="timeline-heading">
                  <Heading level={2} data-size="md" id="timeline-heading">
                    Tidslinje for {data.year}
                  </Heading>
                  <CampaignTimeline list={data} />
                </section>
              </>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}

export const InformasjonstiltakPage = screenRoutes({
  '': Overview,
  ny: NewCampaign,
  'temaer/*': ThemesPage,
  ':id': EditCampaign,
});
