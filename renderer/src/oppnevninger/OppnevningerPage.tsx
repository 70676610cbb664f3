import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { AppointmentRole, AppointmentView } from '../../../core/appointments/contract';
import { useRead } from '../api/hooks';
import { useCall } from '../forms/useCall';
import { SaveNotice } from '../forms/SaveNotice';
import { ConfirmButton } from '../components/ConfirmButton';
import { EmptyState } from '../components/EmptyState';
import { FilterSelect } from '../components/FilterSelect';
import { ListPager } from '../components/ListPager';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { AppointmentForm } from './AppointmentForm';
import { AppointmentTable } from './AppointmentTable';
import { CommitteeMemberForm } from './CommitteeMemberForm';
import { CommitteeTable } from './CommitteeTable';
import { EndAppointmentForm } from './EndAppointmentForm';
import { ROLE_LABEL, VIEW_OPTIONS, VIEW_PARAM, appointmentCaption } from './labels';
import { screenRoutes } from '../layout/screenRoutes';

const NO_MAIN_CONTACT_LINK = (
  <Button asChild>
    <Link to="/oppnevninger/ny?rolle=mainContact">Registrer hovedkontakt</Link>
  </Button>
);

const NO_UNIT_CONTACT_LINK = (
  <Button asChild variant="secondary">
    <Link to="/oppnevninger/ny?rolle=unitContact">Registrer AKAN-kontakt</Link>
  </Button>
);

/** The view in the address (`vis`); none is the current appointments. */
function useView(): [AppointmentView, (view: string) => void] {
  const [params, setParams] = useSearchParams();
  const view = (Object.entries(VIEW_PARAM) as [AppointmentView, string][]).find(([, p]) => p === params.get('vis'));
  const choose = (value: string) => setParams(value ? { vis: value } : {}, { replace: true });
  return [view?.[0] ?? 'current', choose];
}

/** One role's appointments, a page at a time; `empty` when none is registered at all. */
function RoleSection({
  role,
  show,
  title,
  empty,
}: {
  role: AppointmentRole;
  show: AppointmentView;
  title: string;
  empty: React.ReactNode;
}) {
  const [page, setPage] = useState(1);
  const list = useRead('appointments.list', { role, show, page }, { keepPrevious: true });
  const headingId = `${role}-heading`;
  return (
    <section className="section" aria-labelledby={headingId}>
      <Heading level={2} data-size="md" id={headingId}>
        {title}
      </Heading>
      <QueryState query={list} label="oppnevninger">
        {(data) =>
          data.counts.current + data.counts.ended === 0 ? (
            empty
          ) : data.appointments.length === 0 ? (
            <Paragraph className="muted">
              {show === 'ended'
                ? 'Ingen er avsluttet ennå.'
                : 'Ingen er i funksjon eller oppnevnt for en kommende periode. Velg «Avsluttede» for å se de tidligere.'}
            </Paragraph>
          ) : (
            <>
              <AppointmentTable
                caption={appointmentCaption(role, data)}
                rows={data.appointments}
                showUnit={role === 'unitContact'}
              />
              <ListPager list={data} onPage={setPage} label={`Sider: ${title}`} />
            </>
          )
        }
      </QueryState>
    </section>
  );
}

function Overview() {
  const [show, setShow] = useView();
  const members = useRead('committee.list', undefined);
  return (
    <>
      <PageHeader
        title="Oppnevninger"
        lead="Hvem som har rollene i AKAN-arbeidet, og når funksjonsperiodene går ut."
        actions={
          <Button asChild>
            <Link to="/oppnevninger/ny">Registrer oppnevning</Link>
          </Button>
        }
      />
      <SaveNotice />
      <search className="filters" aria-label="Velg oppnevninger">
        <FilterSelect
          label="Vis"
          value={show === 'current' ? '' : VIEW_PARAM[show]}
          allLabel="I funksjon og kommende"
          options={VIEW_OPTIONS}
          onChange={setShow}
        />
      </search>
      <RoleSection
        key={`main-${show}`}
        role="mainContact"
        show={show}
        title="Hovedkontakt"
        empty={
          <EmptyState title="Ingen hovedkontakt er registrert" action={NO_MAIN_CONTACT_LINK}>
            AMU oppnevner hovedkontakten for to år om gangen. Registrer den som er oppnevnt, så varsler appen i god tid
            før perioden går ut.
          </EmptyState>
        }
      />
      <RoleSection
        key={`unit-${show}`}
        role="unitContact"
        show={show}
        title="AKAN-kontakter i enhetene"
        empty={
          <EmptyState title="Ingen AKAN-kontakter er registrert" action={NO_UNIT_CONTACT_LINK}>
            Større kommuner har en AKAN-kontakt i hver enhet. Registrer dem her når de er oppnevnt.
          </EmptyState>
        }
      />
      <section className="section" aria-labelledby="committee-heading">
        <Heading level={2} data-size="md" id="committee-heading">
          AKAN-utvalget
        </Heading>
        <QueryState query={members} label="utvalgsmedlemmer">
          {(list) =>
            list.length === 0 ? (
              <EmptyState
                title="Ingen utvalgsmedlemmer er registrert"
                action={
                  <Button asChild variant="secondary">
                    <Link to="/oppnevninger/utvalg/ny">Legg til utvalgsmedlem</Link>
                  </Button>
                }
              >
                Utvalget har vanligvis tre medlemmer: personal- og kompetanseleder, ruskonsulent og AKAN-hovedkontakt.
              </EmptyState>
            ) : (
              <>
                <CommitteeTable members={list} />
                <p>
                  <Link to="/oppnevninger/utvalg/ny">Legg til utvalgsmedlem</Link>
                </p>
              </>
            )
          }
        </QueryState>
      </section>
    </>
  );
}

function NewAppointment() {
  const [params] = useSearchParams();
  const role = params.get('rolle') === 'unitContact' ? 'unitContact' : 'mainContact';
  return (
    <>
      <PageHeader title="Ny oppnevning" lead="Registrer en oppnevning AMU (eller andre) har vedtatt." />
      <AppointmentForm key={role} initialRole={role} />
    </>
  );
}

function EditAppointment() {
  const id = Number(useParams().id);
  const appointment = useRead('appointments.get', { id });
  const navigate = useNavigate();
  const run = useCall();
  return (
    <QueryState query={appointment} label="oppnevningen">
      {(a) => (
        <>
          <PageHeader
            title={`${ROLE_LABEL[a.role]}: ${a.personName}`}
            lead="Endre oppnevningen, avslutt den før tiden eller slett en feilregistrering."
          />
          <AppointmentForm existing={a} />
          <EndAppointmentForm appointment={a} />
          <section className="section" aria-labelledby="remove-heading">
            <Heading level={2} data-size="sm" id="remove-heading">
              Feilregistrert?
            </Heading>
            <Paragraph className="muted">
              Slett bare oppnevninger som aldri skulle vært registrert. Historikken skal ellers bevares.
            </Paragraph>
            <ConfirmButton
              label="Slett oppnevningen"
              title="Slette oppnevningen?"
              description={`Oppnevningen av ${a.personName} som ${ROLE_LABEL[a.role].toLowerCase()} forsvinner fra historikken.`}
              confirmLabel="Slett oppnevningen"
              onConfirm={async () => {
                await run('appointments.remove', { id: a.id, version: a.version });
                navigate('/oppnevninger', { state: { saved: `Oppnevningen av ${a.personName} er slettet.` } });
              }}
            />
          </section>
        </>
      )}
    </QueryState>
  );
}

function CommitteeMemberPage() {
  const param = useParams().id;
  const members = useRead('committee.list', undefined);
  const navigate = useNavigate();
  const done = (text: string) => navigate('/oppnevninger', { state: { saved: text } });
  if (param === undefined) {
    return (
      <>
        <PageHeader title="Nytt utvalgsmedlem" />
        <CommitteeMemberForm onSaved={(m) => done(`${m.name} er lagt til i utvalget.`)} />
      </>
    );
  }
  return (
    <QueryState query={members} label="utvalgsmedlemmet">
      {(list) => {
        const member = list.find((m) => m.id === Number(param));
        if (!member) return <Alert data-color="warning">Fant ikke utvalgsmedlemmet.</Alert>;
        return (
          <>
            <PageHeader
              title={member.name}
              lead="Endre utvalgsmedlem. Sett «Medlem til» når vedkommende går ut av utvalget."
            />
            <CommitteeMemberForm existing={member} onSaved={(m) => done(`Endringene for ${m.name} er lagret.`)} />
          </>
        );
      }}
    </QueryState>
  );
}

export const OppnevningerPage = screenRoutes({
  '': Overview,
  ny: NewAppointment,
  'utvalg/ny': CommitteeMemberPage,
  'utvalg/:id': CommitteeMemberPage,
  ':id': EditAppointment,
});
