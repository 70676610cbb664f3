import { Heading } from '@digdir/designsystemet-react';
import { useRead } from '../api/hooks';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { ReminderList } from './ReminderList';
import { YearAtAGlance } from './YearAtAGlance';

export function OversiktPage() {
  const reminders = useRead('reminders.list', {});
  const glance = useRead('reports.keyFigures', {});
  return (
    <>
      <PageHeader title="Oversikt" lead="Det som trenger deg nå, og hvordan året går." />
      <section className="section" aria-labelledby="reminders-heading">
        <Heading level={2} data-size="md" id="reminders-heading">
          Trenger oppfølging
        </Heading>
        <QueryState query={reminders} label="påminnelser">
          {(list) => <ReminderList reminders={list} />}
        </QueryState>
      </section>
      <section className="section" aria-labelledby="year-heading">
        <Heading level={2} data-size="md" id="year-heading">
          {glance.data ? `Året ${glance.data.year} så langt` : 'Året så langt'}
        </Heading>
        <QueryState query={glance} label="nøkkeltall">
          {(data) => <YearAtAGlance glance={data} />}
        </QueryState>
      </section>
    </>
  );
}
