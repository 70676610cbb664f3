import { Button } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import type { Indicator } from '../../../core/statistics/contract';
import { MEASURES, MEASURE_HELP, MEASURE_LABELS, type Measure } from '../../../core/statistics/labels';
import { call } from '../api/client';
import { FormErrors } from '../forms/FormErrors';
import { SelectField, TextField } from '../forms/fields';
import { useForm } from '../forms/useForm';

const values = (indicator?: Indicator) => ({
  name: indicator?.name ?? '',
  description: indicator?.description ?? '',
  measure: indicator?.measure ?? 'flow',
});

/** A new indicator, or changes to one. What it measures is fixed once it has numbers. */
export function IndicatorForm({ indicator, onSaved }: { indicator?: Indicator; onSaved: (saved: Indicator) => void }) {
  const form = useForm(indicator ? 'indicator-edit' : 'indicator-new', values(indicator));
  const queryClient = useQueryClient();
  const v = form.values;

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const input = { name: v.name, description: v.description, measure: v.measure as Measure };
    const saved = await form.submit(() => (indicator ? call('statistics.updateIndicator', { id: indicator.id, ...input }) : call('statistics.createIndicator', input)));
    if (!saved) return;
    await queryClient.invalidateQueries();
    if (!indicator) form.reset(values());
    onSaved(saved);
  }

  const locked = (indicator?.reportedCells ?? 0) > 0;
  return (
    <form className="form-stack" onSubmit={save} noValidate aria-label={indicator ? 'Endre indikator' : 'Ny indikator'}>
      <FormErrors form={form} />
      <TextField form={form} name="name" label="Navn" required />
      <TextField
        form={form}
        name="description"
        label="Hva telles"
        multiline
        rows={3}
        counter={600}
        description="Skriv kort og presist hva som skal telles, så alle teller likt. Bare tall – aldri opplysninger om enkeltpersoner."
      />
      <SelectField
        form={form}
        name="measure"
        label="Tallet gjelder"
        required
        description={locked ? 'Kan ikke endres fordi indikatoren har tall.' : MEASURE_HELP[v.measure as Measure]}
        options={MEASURES.filter((m) => !locked || m === indicator?.measure).map((m) => ({ value: m, label: MEASURE_LABELS[m] }))}
      />
      <div className="form-actions">
        <Button type="submit" variant={indicator ? 'primary' : 'secondary'} disabled={form.pending}>
          {indicator ? 'Lagre indikatoren' : 'Legg til indikator'}
        </Button>
      </div>
    </form>
  );
}
