import { Button, Heading } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { AMU_CASE_KINDS, type AmuCaseKind } from '../../../core/amuCases/labels';
import { useRead } from '../api/hooks';
import { useCall } from '../forms/useCall';
import { SaveNotice } from '../forms/SaveNotice';
import { EmptyState } from '../components/EmptyState';
import { FilterSelect, yearOptions } from '../components/FilterSelect';
import { ListPager } from '../components/ListPager';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { RemoveSection } from '../components/RemoveSection';
import { AgreementPanel } from './AgreementPanel';
import { AmuCaseForm } from './AmuCaseForm';
import { AmuCaseTable } from './AmuCaseTable';
import { casesCaption, thisYear } from './labels';
import './amu.css';
import { screenRoutes } from '../layout/screenRoutes';

const NEW_LINK = (
  <Button asChild>
    <Link to="/amu/ny">Registrer AMU-sak</Link>
  </Button>
);

/** `aar` in the address when every year is shown; no `aar` is the current year. */
const ALL_YEARS = 'alle';

function Overview() {
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState(1);
  const chosen = params.get('aar') ?? '';
  const year = chosen === ALL_YEARS ? 'all' : /^\d{4}$/.test(chosen) ? Number(chosen) : undefined;
  const cases = useRead('amuCases.list', { year, page: year === 'all' ? page : undefined }, { keepPrevious: true });
  const agreement = useRead('amuCases.agreement', undefined);
  const chooseYear = (value: string) => {
    setPage(1);
    setParams(value ? { aar: value } : {}, { replace: true });
  };
  return (
    <>
      <PageHeader
        title="AMU-saker"
        lead="Sakene utvalget legger fram for arbeidsmiljøutvalget: årsrapporten, oppnevning av hovedkontakt og forslag til endringer i AKAN-avtalen."
        actions={NEW_LINK}
      />
      <SaveNotice />
      <QueryState query={agreement} label="status for AKAN-avtalen">
        {(a) => <AgreementPanel agreement={a} />}
      </QueryState>
      <section className="section" aria-labelledby="cases-heading">
        <Heading level={2} data-size="md" id="cases-heading">
          Saker
        </Heading>
        <QueryState query={cases} label="AMU-saker">
          {(list) => (
            <>
              <search className="filters" aria-label="Velg år">
                <FilterSelect
                  label="År"
                  value={
                    cases.isPlaceholderData
                      ? chosen
                      : list.year === null
                        ? ALL_YEARS
                        : list.year === thisYear(list)
                          ? ''
                          : String(list.year)
                  }
                  allLabel={`I år (${thisYear(list)})`}
                  options={[
                    { value: ALL_YEARS, label: 'Alle år' },
                    ...yearOptions(list.years.filter((y) => y !== thisYear(list))),
                  ]}
                  onChange={chooseYear}
                />
              </search>
              {list.cases.length > 0 ? (
                <>
                  <AmuCaseTable cases={list.cases} caption={casesCaption(list)} />
                  <ListPager list={list} onPage={setPage} />
                </>
              ) : list.years.length > 1 || list.year !== thisYear(list) ? (
                <EmptyState title={`Ingen AMU-saker i ${list.year ?? 'noe år'}`} action={NEW_LINK}>
                  Velg et annet år, eller «Alle år», for å se sakene fra andre år.
                </EmptyState>
              ) : (
                <EmptyState title="Ingen AMU-saker er registrert" action={NEW_LINK}>
                  Registrer sakene dere sender til AMU, for eksempel årsrapporten for fjoråret. Da kan appen minne dere
                  på frister og vise hva AMU har vedtatt.
                </EmptyState>
              )}
            </>
          )}
        </QueryState>
      </section>
    </>
  );
}

function NewCase() {
  const [params] = useSearchParams();
  const type = params.get('type');
  const kind: AmuCaseKind = AMU_CASE_KINDS.find((k) => k === type) ?? 'annualReport';
  const year = Number(params.get('aar'));
  return (
    <>
      <PageHeader
        title="Ny AMU-sak"
        lead="Registrer en sak utvalget legger fram for AMU. Du kan lagre den som utkast og fylle ut resten senere."
      />
      <AmuCaseForm
        key={`${kind}-${year}`}
        defaults={{ kind, reportYear: Number.isInteger(year) && year > 0 ? year : undefined }}
      />
    </>
  );
}

function EditCase() {
  const id = Number(useParams().id);
  const amuCase = useRead('amuCases.get', { id });
  const navigate = useNavigate();
  const run = useCall();
  return (
    <QueryState query={amuCase} label="AMU-saken">
      {(c) => (
        <>
          <PageHeader
            title={c.title}
            lead="Oppdater status når saken er sendt, og registrer vedtaket når AMU har behandlet den."
          />
          <AmuCaseForm key={c.id} existing={c} defaults={{ kind: c.kind }} />
          <RemoveSection
            hint="Slett bare saker som aldri skulle vært registrert. Behandlede saker er en del av historikken."
            label="Slett saken"
            description={`AMU-saken «${c.title}» forsvinner fra listen.`}
            onRemove={async () => {
              await run('amuCases.remove', { id: c.id, version: c.version });
              navigate('/amu', { state: { saved: `AMU-saken «${c.title}» er slettet.` } });
            }}
          />
        </>
      )}
    </QueryState>
  );
}

export const AmuPage = screenRoutes({
  '': Overview,
  ny: NewCase,
  ':id': EditCase,
});
