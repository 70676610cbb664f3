import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { type ReactNode, useState } from 'react';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router';
import type { Training } from '../../../core/trainings/contract';
import { ContractError } from '../api/client';
import { useRead } from '../api/hooks';
import { useCall } from '../forms/useCall';
import { PageHeader } from '../components/PageHeader';
import { RemoveSection } from '../components/RemoveSection';
import { QueryState } from '../components/QueryState';
import { CancelForm } from './CancelForm';
import { CopyForm } from './CopyForm';
import { ICS_TYPE } from './CalendarExportForm';
import { sessionTime } from './dateTime';
import { downloadText } from '../components/download';
import { audienceText } from './labels';
import { ParticipantTable } from './ParticipantTable';
import { RecordHeldForm } from './RecordHeldForm';
import { Confirmation } from '../forms/Confirmation';
import { SaveNotice } from '../forms/SaveNotice';
import { TrainingForm } from './TrainingForm';
import { TrainingStatusTag } from './TrainingStatusTag';

function Facts({ t }: { t: Training }) {
  const rows: [string, ReactNode][] = [
    ['Status', <TrainingStatusTag key="status" status={t.status} />],
    ['Tid', sessionTime(t)],
    ['Emne', t.topicName],
    ['Målgruppe', audienceText(t.audiences)],
    ['Inviterte enheter', t.units.length > 0 ? t.units.map((u) => u.name).join(', ') : 'Åpen for alle enheter'],
    ['Sted', t.location ?? '–'],
    ['Videomøte', t.videoLink ?? '–'],
    ['Kursholder', t.facilitators ?? '–'],
    ['Antall plasser', t.capacity === null ? 'Ingen grense' : String(t.capacity)],
  ];
  if (t.status === 'cancelled') rows.push(['Grunn til avlysning', t.cancelReason ?? '–']);
  if (t.description) rows.push(['Beskrivelse', t.description]);
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A cancelled session, or one marked held by mistake (nothing recorded yet), can be planned again. */
function reopenable(t: Training): boolean {
  if (t.status === 'cancelled') return true;
  return t.status === 'held' && t.participants.length === 0 && t.evaluationScore === null && t.evaluationText === null;
}

function Actions({ t }: { t: Training }) {
  const run = useCall();
  const [problem, setProblem] = useState<string | null>(null);
  // `moved`: the button pressed is gone (reopened), so the message takes the focus.
  const [done, setDone] = useState<{ text: string; moved?: boolean } | null>(null);
  const attempt = async (action: () => Promise<unknown>, after: () => void) => {
    setProblem(null);
    try {
      await action();
      after();
    } catch (error) {
      setProblem(error instanceof ContractError ? error.message : 'Noe gikk galt. Prøv igjen.');
    }
  };
  const download = () =>
    attempt(
      async () => {
        const file = await run('trainings.exportCalendar', { id: t.id });
        downloadText(file.fileName, file.content, ICS_TYPE);
      },
      () =>
        setDone({
          text: 'Kalenderfilen er lastet ned. Åpne den for å legge opplæringen inn i kalenderen, eller send den til deltakerne.',
        }),
    );
  return (
    <>
      {problem ? <Alert data-color="danger">{problem}</Alert> : null}
      {done?.moved ? <Confirmation key={done.text}>{done.text}</Confirmation> : null}
      {done && !done.moved ? (
        <Alert data-color="success" role="status">
          {done.text}
        </Alert>
      ) : null}
      <div className="actions-row">
        {t.status !== 'cancelled' ? (
          <Button asChild>
            <Link to={`/opplaering/${t.id}/gjennomfort`}>
              {t.status === 'held' ? 'Endre deltakere og evaluering' : 'Registrer gjennomføring'}
            </Link>
          </Button>
        ) : null}
        <Button asChild variant="secondary">
          <Link to={`/opplaering/${t.id}/endre`}>Endre</Link>
        </Button>
        <Button variant="secondary" onClick={download}>
          Last ned til kalenderen
        </Button>
        <Button asChild variant="secondary">
          <Link to={`/opplaering/${t.id}/kopier`}>Kopier til ny dato</Link>
        </Button>
        {t.status === 'planned' ? (
          <Button asChild variant="secondary" data-color="danger">
            <Link to={`/opplaering/${t.id}/avlys`}>Avlys</Link>
          </Button>
        ) : null}
        {reopenable(t) ? (
          <Button
            variant="tertiary"
            onClick={() =>
              attempt(
                () => run('trainings.reopen', { id: t.id, version: t.version }),
                () => setDone({ text: 'Opplæringen er satt tilbake til planlagt.', moved: true }),
              )
            }
          >
            Sett tilbake til planlagt
          </Button>
        ) : null}
      </div>
    </>
  );
}

function Details({ t }: { t: Training }) {
  return (
    <>
      <PageHeader title={t.title} lead={sessionTime(t)} />
      <SaveNotice />
      <Actions t={t} />
      <section className="section" aria-labelledby="facts-heading">
        <Heading level={2} data-size="md" id="facts-heading">
          Om opplæringen
        </Heading>
        <Facts t={t} />
      </section>
      {t.status === 'held' ? (
        <section className="section" aria-labelledby="participants-heading">
          <Heading level={2} data-size="md" id="participants-heading">
            Deltakere og evaluering
          </Heading>
          {t.participants.length > 0 ? (
            <ParticipantTable training={t} />
          ) : (
            <Alert data-color="warning">
              Antall deltakere er ikke registrert. Registrer dem, så blir dekningsoversikten riktig.
            </Alert>
          )}
          <Paragraph>
            {t.evaluationScore !== null
              ? `Snittkarakter: ${String(t.evaluationScore).replace('.', ',')} av 5. `
              : 'Ingen evaluering registrert. '}
            {t.evaluationText ?? ''}
          </Paragraph>
        </section>
      ) : null}
      {t.status !== 'held' ? <RemoveSession t={t} /> : null}
      <Paragraph>
        <Link to="/opplaering">Tilbake til opplæringene</Link>
      </Paragraph>
    </>
  );
}

function RemoveSession({ t }: { t: Training }) {
  const navigate = useNavigate();
  const run = useCall();
  return (
    <RemoveSection
      hint="Slett bare opplæringer som aldri skulle vært registrert. Er den sendt til kalenderen, avlys den heller, så forsvinner den fra kalenderne også."
      label="Slett opplæringen"
      description={`«${t.title}» ${sessionTime(t)} forsvinner.`}
      onRemove={async () => {
        await run('trainings.remove', { id: t.id, version: t.version });
        navigate('/opplaering', { state: { saved: `«${t.title}» er slettet.` } });
      }}
    />
  );
}

function Step({ t, title, lead, children }: { t: Training; title: string; lead?: string; children: ReactNode }) {
  return (
    <>
      <PageHeader title={`${title}: ${t.title}`} lead={lead ?? sessionTime(t)} />
      {children}
    </>
  );
}

/** The forms that change a session, each on its own step below it. */
function steps(t: Training): { path: string; title: string; lead?: string; form: ReactNode }[] {
  return [
    { path: 'endre', title: 'Endre', form: <TrainingForm key={t.id} existing={t} /> },
    { path: 'gjennomfort', title: 'Gjennomføring', form: <RecordHeldForm key={t.id} training={t} /> },
    { path: 'avlys', title: 'Avlys', form: <CancelForm training={t} /> },
    {
      path: 'kopier',
      title: 'Kopier',
      lead: 'Lag den samme opplæringen på en ny dato. Deltakertall og evaluering blir ikke med.',
      form: <CopyForm training={t} />,
    },
  ];
}

/** One session: its details, and the forms that change it. */
export function SessionPage() {
  const id = Number(useParams().id);
  const training = useRead('trainings.get', { id });
  return (
    <QueryState query={training} label="opplæringen">
      {(t) => (
        <Routes>
          <Route index element={<Details t={t} />} />
          {steps(t).map(({ path, title, lead, form }) => (
            <Route
              key={path}
              path={path}
              element={
                <Step t={t} title={title} lead={lead}>
                  {form}
                </Step>
              }
            />
          ))}
        </Routes>
      )}
    </QueryState>
  );
}
