import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router';
import type { TrainingTopic } from '../../../core/trainings/contract';
import { ContractError } from '../api/client';
import { useRead } from '../api/hooks';
import { useCall } from '../forms/useCall';
import { type Column, DataTable } from '../components/DataTable';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { RemoveSection } from '../components/RemoveSection';
import { StatusTag } from '../components/StatusTag';
import { FormErrors } from '../forms/FormErrors';
import { TextField } from '../forms/fields';
import { useForm } from '../forms/useForm';
import { useSave } from '../forms/useSave';
import { useRecordVersion } from '../forms/recordVersion';
import { formatNumber } from '../format';
import { AreaNav } from './AreaNav';
import { PendingButton } from '../forms/PendingButton';

const columns: Column<TrainingTopic>[] = [
  {
    key: 'name',
    label: 'Emne',
    sortValue: (t) => t.name,
    render: (t) => <Link to={`/opplaering/emner/${t.id}`}>{t.name}</Link>,
  },
  {
    key: 'used',
    label: 'Brukt i antall opplæringer',
    numeric: true,
    sortValue: (t) => t.sessionCount,
    render: (t) => formatNumber(t.sessionCount),
  },
  {
    key: 'kind',
    label: 'Type',
    sortValue: (t) => Number(t.builtIn),
    render: (t) => (t.builtIn ? 'Standardemne' : 'Eget emne'),
  },
  {
    key: 'status',
    label: 'Status',
    sortValue: (t) => Number(t.archived),
    render: (t) =>
      t.archived ? <StatusTag color="neutral">Arkivert</StatusTag> : <StatusTag color="success">I bruk</StatusTag>,
  },
];

function TopicNameForm({ topic, onSaved }: { topic?: TrainingTopic; onSaved: (saved: TrainingTopic) => void }) {
  const form = useForm(topic ? 'topic-rename' : 'topic-new', { name: topic?.name ?? '' });
  const version = useRecordVersion(topic);
  const saveTo = useSave(form, version);
  async function save(event: React.FormEvent) {
    event.preventDefault();
    const name = form.values.name;
    const saved = await (topic
      ? saveTo('trainingTopics.update', { id: topic.id, version: version.current(), name })
      : saveTo('trainingTopics.create', { name }));
    if (!saved) return;
    if (!topic) form.reset({ name: '' });
    onSaved(saved);
  }
  return (
    <form className="form-stack" onSubmit={save} noValidate aria-label={topic ? 'Endre navn på emnet' : 'Nytt emne'}>
      <FormErrors form={form} />
      <TextField form={form} name="name" label={topic ? 'Navn' : 'Nytt emne'} required />
      <div className="form-actions">
        <PendingButton type="submit" variant={topic ? 'primary' : 'secondary'} pending={form.pending}>
          {topic ? 'Lagre navnet' : 'Legg til emne'}
        </PendingButton>
      </div>
    </form>
  );
}

function TopicList() {
  const topics = useRead('trainingTopics.list', { includeArchived: true });
  const [added, setAdded] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        title="Emner for opplæring"
        lead="Emnene dere velger mellom når dere planlegger opplæring. Et emne som er i bruk, kan arkiveres, men ikke slettes."
      />
      <AreaNav />
      {added ? (
        <Alert data-color="success" role="status">
          {added}
        </Alert>
      ) : null}
      <QueryState query={topics} label="emner">
        {(list) => <DataTable caption="Emner" rows={list} columns={columns} rowKey={(t) => t.id} />}
      </QueryState>
      <section className="section" aria-labelledby="new-topic-heading">
        <Heading level={2} data-size="sm" id="new-topic-heading">
          Legg til emne
        </Heading>
        <TopicNameForm onSaved={(t) => setAdded(`Emnet «${t.name}» er lagt til.`)} />
      </section>
    </>
  );
}

function ArchiveSection({ topic }: { topic: TrainingTopic }) {
  const run = useCall();
  const [problem, setProblem] = useState<string | null>(null);
  const toggle = async () => {
    try {
      setProblem(null);
      await run(topic.archived ? 'trainingTopics.restore' : 'trainingTopics.archive', {
        id: topic.id,
        version: topic.version,
      });
    } catch (error) {
      setProblem(error instanceof ContractError ? error.message : 'Noe gikk galt. Prøv igjen.');
    }
  };
  return (
    <section className="section" aria-labelledby="archive-heading">
      <Heading level={2} data-size="sm" id="archive-heading">
        {topic.archived ? 'Arkivert' : 'Arkiver'}
      </Heading>
      <Paragraph className="muted">
        {topic.archived
          ? 'Emnet vises ikke når dere planlegger ny opplæring. Opplæringer som bruker det, beholder det.'
          : 'Et arkivert emne vises ikke lenger når dere planlegger ny opplæring. Opplæringer som bruker det, beholder det, og du kan hente det fram igjen.'}
      </Paragraph>
      {problem ? <Alert data-color="danger">{problem}</Alert> : null}
      <Button variant="secondary" onClick={toggle}>
        {topic.archived ? 'Hent fram emnet' : 'Arkiver emnet'}
      </Button>
    </section>
  );
}

function TopicDetail() {
  const id = Number(useParams().id);
  const topics = useRead('trainingTopics.list', { includeArchived: true });
  const navigate = useNavigate();
  const run = useCall();
  const back = () => navigate('/opplaering/emner');
  return (
    <QueryState query={topics} label="emnet">
      {(list) => {
        const topic = list.find((t) => t.id === id);
        if (!topic) return <Alert data-color="warning">Fant ikke emnet. Det kan være slettet.</Alert>;
        return (
          <>
            <PageHeader
              title={`Emne: ${topic.name}`}
              lead={`Brukt i ${formatNumber(topic.sessionCount)} opplæringer.`}
            />
            <TopicNameForm key={topic.id} topic={topic} onSaved={back} />
            <ArchiveSection topic={topic} />
            {topic.sessionCount === 0 && !topic.builtIn ? (
              <RemoveSection
                heading="Slett"
                hint="Emnet er ikke brukt i noen opplæring og kan slettes."
                label="Slett emnet"
                description={`Emnet «${topic.name}» forsvinner fra listen.`}
                onRemove={async () => {
                  await run('trainingTopics.remove', { id: topic.id, version: topic.version });
                  back();
                }}
              />
            ) : null}
          </>
        );
      }}
    </QueryState>
  );
}

export function TopicsPage() {
  return (
    <Routes>
      <Route index element={<TopicList />} />
      <Route path=":id" element={<TopicDetail />} />
    </Routes>
  );
}
