import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link, Route, Routes, useNavigate, useParams, useSearchParams } from 'react-router';
import { useRead } from '../api/hooks';
import { useCall } from '../forms/useCall';
import { SaveNotice } from '../forms/SaveNotice';
import { ConfirmButton } from '../components/ConfirmButton';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { AppointmentForm } from './AppointmentForm';
import { AppointmentTable } from './AppointmentTable';
import { CommitteeMemberForm } from './CommitteeMemberForm';
import { CommitteeTable } from './CommitteeTable';
import { EndAppointmentForm } from './EndAppointmentForm';
import { ROLE_LABEL } from './labels';

function Overview() {
  const appointments = useRead('appointments.list', {});
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
      <QueryState query={appointments} label="oppnevninger">
        {(list) => {
          const main = list.filter((a) => a.role === 'mainContact');
          const unit = list.filter((a) => a.role === 'unitContact');
          return (
            <>
              <section className="section" aria-labelledby="main-contact-heading">
                <Heading level={2} data-size="md" id="main-contact-heading">
                  Hovedkontakt
                </Heading>
                {main.length === 0 ? (
                  <EmptyState
                    title="Ingen hovedkontakt er registrert"
                    action={
                      <Button asChild>
                        <Link to="/oppnevninger/ny?rolle=mainContact">Registrer hovedkontakt</Link>
                      </Button>
                    }
                  >
                    AMU oppnevner hovedkontakten for to år om gangen. Registrer den som er oppnevnt, så varsler appen i
                    god tid før perioden går ut.
                  </EmptyState>
                ) : (
                  <AppointmentTable caption="Hovedkontakter, nyeste først" rows={main} />
                )}
              </section>
              <section className="section" aria-labelledby="unit-contact-heading">
                <Heading level={2} data-size="md" id="unit-contact-heading">
                  AKAN-kontakter i enhetene
                </Heading>
                {unit.length === 0 ? (
                  <EmptyState
                    title="Ingen AKAN-kontakter er registrert"
                    action={
                      <Button asChild variant="secondary">
                        <Link to="/oppnevninger/ny?rolle=unitContact">Registrer AKAN-kontakt</Link>
                      </Button>
                    }
                  >
                    Større kommuner har en AKAN-kontakt i hver enhet. Registrer dem her når de er oppnevnt.
                  </EmptyState>
                ) : (
                  <AppointmentTable caption="AKAN-kontakter" rows={unit} showUnit />
                )}
              </section>
            </>
          );
        }}
      </QueryState>
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

export function OppnevningerPage() {
  return (
    <Routes>
      <Route index element={<Overview />} />
      <Route path="ny" element={<NewAppointment />} />
      <Route path="utvalg/ny" element={<CommitteeMemberPage />} />
      <Route path="utvalg/:id" element={<CommitteeMemberPage />} />
      <Route path=":id" element={<EditAppointment />} />
    </Routes>
  );
}
