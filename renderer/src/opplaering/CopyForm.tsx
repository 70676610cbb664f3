import { Fieldset } from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router';
import type { Training } from '../../../core/trainings/contract';
import { FormErrors } from '../forms/FormErrors';
import { DateField, TextField } from '../forms/fields';
import { useForm } from '../forms/useForm';
import { useSave } from '../forms/useSave';
import { formatTime, joinDateTime } from './dateTime';
import type { SavedState } from '../forms/SaveNotice';
import { SaveActions } from '../forms/SaveActions';

/** The same course on a new date: everything but the time is copied, nothing of what happened. */
export function CopyForm({ training }: { training: Training }) {
  const form = useForm('copy', {
    start: '',
    startTime: formatTime(training.start),
    end: formatTime(training.end),
    endDate: '',
  });
  const saveTo = useSave(form);
  const navigate = useNavigate();
  const v = form.values;

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const copy = await saveTo('trainings.copy', {
      id: training.id,
      start: joinDateTime(v.start, v.startTime),
      end: joinDateTime(v.endDate || v.start, v.end),
    });
    if (!copy) return;
    const state: SavedState = {
      saved: `Kopien av «${copy.title}» er planlagt. Sjekk sted og kursholder før du sender den til kalenderen.`,
      warnings: copy.warnings,
    };
    navigate(`/opplaering/${copy.id}`, { state });
  }

  return (
    <form className="form-stack" onSubmit={save} noValidate aria-label="Kopier opplæringen">
      <FormErrors form={form} />
      <Fieldset>
        <Fieldset.Legend>Ny tid</Fieldset.Legend>
        <div className="time-row">
          <DateField form={form} name="start" label="Dato" required />
          <TextField form={form} name="startTime" label="Fra kl." description="tt:mm" required />
          <TextField form={form} name="end" label="Til kl." description="tt:mm" required />
        </div>
        <DateField
          form={form}
          name="endDate"
          label="Sluttdato"
          description="Bare hvis opplæringen går over flere dager (dd.mm.åååå)."
        />
      </Fieldset>
      <SaveActions label="Lag kopi" pending={form.pending} cancelTo={`/opplaering/${training.id}`} />
    </form>
  );
}
