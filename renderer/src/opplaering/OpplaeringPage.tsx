import { useSearchParams } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { CalendarPage } from './CalendarPage';
import { CoveragePage } from './CoveragePage';
import { ListPage } from './ListPage';
import { SessionPage } from './SessionPage';
import { TopicsPage } from './TopicsPage';
import { TrainingForm } from './TrainingForm';
import './opplaering.css';
import { screenRoutes } from '../layout/screenRoutes';

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

export const OpplaeringPage = screenRoutes({
  '': ListPage,
  ny: NewSession,
  kalender: CalendarPage,
  dekning: CoveragePage,
  'emner/*': TopicsPage,
  ':id/*': SessionPage,
});
