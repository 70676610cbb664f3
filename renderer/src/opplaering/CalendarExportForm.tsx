import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { call } from '../api/client';
import { FormFrame } from '../forms/FormFrame';
import { DateField } from '../forms/fields';
import { useForm } from '../forms/useForm';
import { formatDate, parseDate } from '../format';
import { downloadText } from '../components/download';
import { PendingButton } from '../forms/PendingButton';

export const ICS_TYPE = 'text/calendar;charset=utf-8';

/** A year from today (28 February when today is 29 February). */
function aYearFrom(today: string): string {
  const next = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  return next.endsWith('-02-29') ? next.replace('-02-29', '-02-28') : next;
}

/** The planned (and cancelled) sessions of a period as one calendar file. */
export function CalendarExportForm({ today }: { today: string }) {
  const form = useForm('calendar-export', { from: formatDate(today), to: formatDate(aYearFrom(today)) });
  const [done, setDone] = useState<string | null>(null);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setDone(null);
    const file = await form.submit(() =>
      call('trainings.exportCalendar', { from: parseDate(form.values.from), to: parseDate(form.values.to) }),
    );
    if (!file) return;
    if (file.count === 0) {
      setDone('Det er ingen planlagte opplæringer i perioden, så ingen fil ble laget.');
      return;
    }
    downloadText(file.fileName, file.content, ICS_TYPE);
    const sessions = file.count === 1 ? 'én opplæring' : `${file.count} opplæringer`;
    setDone(
      `Kalenderfilen ${file.fileName} med ${sessions} er lastet ned. Åpne den for å legge opplæringene inn i Outlook eller en annen kalender.`,
    );
  }

  return (
    <section className="section" aria-labelledby="calendar-export-heading">
      <Heading level={2} data-size="sm" id="calendar-export-heading">
        Legg opplæringene i kalenderen
      </Heading>
      <Paragraph className="muted">
        Lag en kalenderfil (.ics) med planlagte opplæringer i en periode. Avlyste opplæringer blir med, så de forsvinner
        fra kalenderne som har fått dem før. Har du lastet ned filen tidligere, oppdateres avtalene i stedet for å komme
        dobbelt.
      </Paragraph>
      <FormFrame form={form} onSubmit={save} label="Last ned kalenderfil for en periode">
        {done ? (
          <Alert data-color="success" role="status">
            {done}
          </Alert>
        ) : null}
        <div className="form-row">
          <DateField form={form} name="from" label="Fra og med" required />
          <DateField form={form} name="to" label="Til og med" required />
        </div>
        <div className="form-actions">
          <PendingButton type="submit" variant="secondary" pending={form.pending}>
            Last ned kalenderfil
          </PendingButton>
        </div>
      </FormFrame>
    </section>
  );
}
