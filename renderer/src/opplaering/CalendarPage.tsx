import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useRead } from '../api/hooks';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { AreaNav } from './AreaNav';
import { PLAN_LINK } from './ListPage';
import { type DayFocus, MonthGrid } from './MonthGrid';

const monthName = new Intl.DateTimeFormat('nb-NO', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export function monthTitle(month: string): string {
  const name = monthName.format(new Date(`${month}-01T00:00:00Z`));
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export function CalendarPage() {
  const [params, setParams] = useSearchParams();
  const month = params.get('maned') ?? undefined;
  const calendar = useRead('trainings.calendarMonth', month ? { month } : {});
  const [focus, setFocus] = useState<DayFocus | null>(null);
  const show = (next: string) => setParams({ maned: next }, { replace: true });
  return (
    <>
      <PageHeader
        title="Kalender for opplæring"
        lead="Planlagte, gjennomførte og avlyste opplæringer måned for måned."
        actions={PLAN_LINK}
      />
      <AreaNav />
      <QueryState query={calendar} label="kalenderen">
        {(c) => (
          <section aria-labelledby="month-heading">
            <div className="month-nav">
              <Button
                variant="secondary"
                onClick={() => show(c.previous)}
                aria-label={`Forrige måned, ${monthTitle(c.previous)}`}
              >
                ‹ Forrige
              </Button>
              <Heading level={2} data-size="md" id="month-heading" aria-live="polite">
                {monthTitle(c.month)}
              </Heading>
              <Button
                variant="secondary"
                onClick={() => show(c.next)}
                aria-label={`Neste måned, ${monthTitle(c.next)}`}
              >
                Neste ›
              </Button>
              {c.today.startsWith(c.month) ? null : (
                <Button variant="tertiary" onClick={() => show(c.today.slice(0, 7))}>
                  Gå til i dag
                </Button>
              )}
            </div>
            <MonthGrid calendar={c} focus={focus} onFocus={setFocus} onMonth={show} />
            <Paragraph className="footnote">
              Bruk piltastene for å flytte mellom dagene, og Enter for å planlegge en opplæring den dagen. Tab går
              videre til opplæringene.
            </Paragraph>
          </section>
        )}
      </QueryState>
    </>
  );
}
