import { Button, Heading } from '@digdir/designsystemet-react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useRead } from '../api/hooks';
import { useCall } from '../forms/useCall';
import { SaveNotice } from '../forms/SaveNotice';
import { EmptyState } from '../components/EmptyState';
import { FilterSelect, yearOptions } from '../components/FilterSelect';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { RemoveSection } from '../components/RemoveSection';
import { CarryOver } from './CarryOver';
import { PlanItemForm } from './PlanItemForm';
import { PlanProgress } from './PlanProgress';
import { PlanTable } from './PlanTable';
import { screenRoutes } from '../layout/screenRoutes';

/** The year in the address (`?aar=2026`); without it, the current year as the core knows it. */
function useYearParam(): [number | undefined, (year: string) => void] {
  const [params, setParams] = useSearchParams();
  const year = params.get('aar');
  return [year ? Number(year) : undefined, (next) => setParams({ aar: next }, { replace: true })];
}

function Overview() {
  const [year, setYear] = useYearParam();
  const plan = useRead('plan.list', { year }, { keepPrevious: true });
  const newLink = (y: number) => (
    <Button asChild>
      <Link to={`/plan/ny?aar=${y}`}>Nytt punkt i planen</Link>
    </Button>
  );
  return (
    <QueryState query={plan} label="planen">
      {(data) => (
        <>
          <PageHeader
            title="Plan"
            lead="Framdriftsplanen: hva utvalget har planlagt for året, hva som er gjort, og hva som gjenstår. AMU får den i årsrapporten."
            actions={newLink(data.year)}
          />
          <SaveNotice />
          <div className="year-bar">
            <FilterSelect
              label="År"
              value={String(year ?? data.year)}
              options={yearOptions(data.years)}
              onChange={setYear}
            />
          </div>
          {data.items.length === 0 ? (
            <EmptyState title={`Ingen punkter i planen for ${data.year}`} action={newLink(data.year)}>
              Legg inn det utvalget skal gjøre i {data.year}: opplæring, informasjonstiltak, arbeid med
              rusmiddelpolicyen og rapporten til AMU. Har dere en plan for året før, kan dere kopiere det som ikke ble
              gjort, derfra.
            </EmptyState>
          ) : (
            <>
              <section className="section" aria-labelledby="progress-heading">
                <Heading level={2} data-size="md" id="progress-heading">
                  Framdrift {data.year}
                </Heading>
                <PlanProgress summary={data.summary} />
              </section>
              <PlanTable items={data.items} year={data.year} />
              <CarryOver year={data.year} unfinished={data.summary.unfinished} />
            </>
          )}
        </>
      )}
    </QueryState>
  );
}

function NewItem() {
  const [year] = useYearParam();
  const plan = useRead('plan.list', { year });
  return (
    <QueryState query={plan} label="planen">
      {(data) => (
        <>
          <PageHeader title="Nytt punkt i planen" lead={`Legg til en aktivitet i framdriftsplanen for ${data.year}.`} />
          <PlanItemForm year={data.year} years={data.years} />
        </>
      )}
    </QueryState>
  );
}

function EditItem() {
  const id = Number(useParams().id);
  const item = useRead('plan.get', { id });
  const plan = useRead('plan.list', {});
  const navigate = useNavigate();
  const run = useCall();
  return (
    <QueryState query={item} label="punktet">
      {(i) => (
        <>
          <PageHeader
            title={i.activity}
            lead={
              i.copiedFromId ? `Punkt i planen for ${i.year}, kopiert fra året før.` : `Punkt i planen for ${i.year}.`
            }
          />
          <PlanItemForm key={i.id} existing={i} year={i.year} years={plan.data?.years ?? [i.year]} />
          <RemoveSection
            hint="Slett bare punkter som aldri skulle vært i planen. Ble punktet ikke gjennomført, sett status til «Utsatt» eller «Avlyst», så vises det i rapporten til AMU."
            label="Slett punktet"
            description={`«${i.activity}» forsvinner fra planen for ${i.year}.`}
            onRemove={async () => {
              await run('plan.remove', { id: i.id, version: i.version });
              navigate(`/plan?aar=${i.year}`, { state: { saved: `«${i.activity}» er slettet fra planen.` } });
            }}
          />
        </>
      )}
    </QueryState>
  );
}

export const PlanPage = screenRoutes({
  '': Overview,
  ny: NewItem,
  ':id': EditItem,
});
