import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Appointment } from '../../../core/appointments/contract';
import { FormFrame } from '../forms/FormFrame';
import { DateField, TextField } from '../forms/fields';
import { useForm } from '../forms/useForm';
import { useSave } from '../forms/useSave';
import { useRecordVersion } from '../forms/recordVersion';
import { formatDate, parseDate } from '../format';
import { PendingButton } from '../forms/PendingButton';

/** Ending a term early: when and why (never anything about a personnel matter). */
export function EndAppointmentForm({ appointment }: { appointment: Appointment }) {
  const form = useForm('end-appointment', {
    endedOn: formatDate(appointment.endedEarlyOn),
    reason: appointment.endedEarlyReason ?? '',
  });
  const version = useRecordVersion(appointment);
  const saveTo = useSave(form, version);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    await saveTo('appointments.end', {
      id: appointment.id,
      version: version.current(),
      endedOn: parseDate(form.values.endedOn),
      reason: form.values.reason,
    });
  }

  return (
    <section className="section" aria-labelledby="end-heading">
      <Heading level={2} data-size="sm" id="end-heading">
        Avslutt før tiden
      </Heading>
      <Paragraph className="muted">
        Bruk dette når personen slutter i rollen før funksjonsperioden er ute, for eksempel ved fratreden.
      </Paragraph>
      <FormFrame
        form={form}
        onSubmit={save}
        label="Avslutt oppnevning før tiden"
        valuesOf={(stored: Appointment) => ({
          endedOn: formatDate(stored.endedEarlyOn),
          reason: stored.endedEarlyReason ?? '',
        })}
      >
        <DateField form={form} name="endedOn" label="Siste dag i rollen" required />
        <TextField
          form={form}
          name="reason"
          label="Årsak"
          required
          counter={500}
          description="Kort og nøytralt, for eksempel «Sluttet i kommunen» eller «Ny stilling»."
        />
        <div className="form-actions">
          <PendingButton type="submit" variant="secondary" pending={form.pending}>
            Avslutt oppnevningen
          </PendingButton>
        </div>
      </FormFrame>
    </section>
  );
}
