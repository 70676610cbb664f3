import { Button, Heading } from '@digdir/designsystemet-react';
import { Link, Route, Routes, useNavigate, useParams, useSearchParams } from 'react-router';
import { AMU_CASE_KINDS, type AmuCaseKind } from '../../../core/amuCases/labels';
import { useRead } from '../api/hooks';
import { useCall } from '../forms/useCall';
import { SaveNotice } from '../forms/SaveNotice';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { RemoveSection } from '../components/RemoveSection';
import { AgreementPanel } from './AgreementPanel';
import { AmuCaseForm } from './AmuCaseForm';
import { AmuCaseTable } from './AmuCaseTable';
import './amu.css';

const NEW_LINK = (
  <Button asChild>
    <Link to="/amu/ny">Registrer AMU-sak</Link>
  </Button>
);

function Overview() {
  const cases = useRead('amuCases.list', {});
  const agreement = useRead('amuCases.agreement', undefined);
  return (
    <>
      <PageHeader
        title="AMU-saker"
        lead="Sakene utvalget legger fram for arbeidsmiljøutvalget: årsrapporten, oppnevning av hovedkontakt og forslag til endringer i AKAN-avtalen."
        actions={NEW_LINK}
      />
      <SaveNotice />
      <QueryState query={cases} label="AMU-saker">
        {(list) => (
          <>
            <QueryState query={agreement} label="status for AKAN-avtalen">
              {(a) => <AgreementPanel agreement={a} cases={list} />}
            </QueryState>
            <section className="section" aria-labelledby="cases-heading">
              <Heading level={2} data-size="md" id="cases-heading">
                Saker
              </Heading>
              {list.length === 0 ? (
                <EmptyState title="Ingen AMU-saker er registrert" action={NEW_LINK}>
                  Registrer sakene dere sender til AMU, for eksempel årsrapporten for fjoråret. Da kan appen minne dere
                  på frister og vise hva AMU har vedtatt.
                </EmptyState>
              ) : (
                <AmuCaseTable cases={list} />
              )}
            </section>
          </>
        )}
      </QueryState>
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

export function AmuPage() {
  return (
    <Routes>
      <Route index element={<Overview />} />
      <Route path="ny" element={<NewCase />} />
      <Route path=":id" element={<EditCase />} />
    </Routes>
  );
}
