import { Route, Routes, useSearchParams } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { CalendarPage } from './CalendarPage';
import { CoveragePage } from './CoveragePage';
import { ListPage } from './ListPage';
import { SessionPage } from './SessionPage';
import { TopicsPage } from './TopicsPage';
import { TrainingForm } from './TrainingForm';
import './opplaering.css';

function NewSession() {
  const [params] = useSearchParams();
  const prefill = { date: params.get('dato') ?? undefined, topicId: params.get('emne') ?? undefined };
  return (
    <>
      <PageHeader
        title="Planlegg opplæring"
        lead="Fyll inn det du vet nå. Du kan endre alt senere, og sende opplæringen til kalenderen når den er klar."
      />
      <TrainingForm key={params.toString()} prefill={prefill} />
    </>
  );
}

export function OpplaeringPage() {
  return (
    <Routes>
      <Route index element={<ListPage />} />
      <Route path="ny" element={<NewSession />} />
      <Route path="kalender" element={<CalendarPage />} />
      <Route path="dekning" element={<CoveragePage />} />
      <Route path="emner/*" element={<TopicsPage />} />
      <Route path=":id/*" element={<SessionPage />} />
    </Routes>
  );
}
