import { Fieldset } from '@digdir/designsystemet-react';
import { DateField, TextField } from '../forms/fields';
import type { FormState, FormValues } from '../forms/useForm';

type TimeValues = FormValues & Record<'start' | 'startTime' | 'end' | 'endDate', string>;

/** When a training takes place: its day, from and to, and a last day when it runs over several. */
export function TimeFields<V extends TimeValues>({ form, legend }: { form: FormState<V>; legend: string }) {
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
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
  );
}
