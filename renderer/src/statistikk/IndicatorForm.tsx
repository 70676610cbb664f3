import { Fieldset } from '@digdir/designsystemet-react';
import type { Indicator } from '../../../core/statistics/contract';
import { MEASURES, MEASURE_HELP, MEASURE_LABELS, TERM_CHOICES, type Measure } from '../../../core/statistics/labels';
import { useRead } from '../api/hooks';
import { FormFrame } from '../forms/FormFrame';
import { SelectField, TextField } from '../forms/fields';
import { useForm } from '../forms/useForm';
import { useSave } from '../forms/useSave';
import { useRecordVersion } from '../forms/recordVersion';
import { PendingButton } from '../forms/PendingButton';

const termField = (id: number) => `term-${id}`;

const values = (catalogue: readonly Indicator[], indicator?: Indicator): Record<string, string> => ({
  name: indicator?.name ?? '',
  description: indicator?.description ?? '',
  measure: indicator?.measure ?? 'flow',
  ...Object.fromEntries(
    catalogue.map((other) => [
      termField(other.id),
      indicator?.adds.includes(other.id) ? 'add' : indicator?.takes.includes(other.id) ? 'take' : '',
    ]),
  ),
});

/** A new indicator, or changes to one. What it measures is fixed once it has numbers. */
export function IndicatorForm({ indicator, onSaved }: { indicator?: Indicator; onSaved: (saved: Indicator) => void }) {
  const catalogue = useRead('statisticsIndicators.list', { includeArchived: true }).data ?? [];
  return <IndicatorFields key={catalogue.length} catalogue={catalogue} indicator={indicator} onSaved={onSaved} />;
}

function IndicatorFields({
  catalogue,
  indicator,
  onSaved,
}: {
  catalogue: Indicator[];
  indicator?: Indicator;
  onSaved: (saved: Indicator) => void;
}) {
  const form = useForm(indicator ? 'indicator-edit' : 'indicator-new', values(catalogue, indicator));
  const version = useRecordVersion(indicator);
  const saveTo = useSave(form, version);
  const v = form.values;
  const terms = catalogue.filter((other) => other.id !== indicator?.id && other.measure === 'flow' && !other.archived);
  const chosen = (choice: string) => terms.filter((t) => v[termField(t.id)] === choice).map((t) => t.id);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const input = {
      name: v.name ?? '',
      description: v.description ?? '',
      measure: v.measure as Measure,
      adds: chosen('add'),
      takes: chosen('take'),
    };
    const saved = await (indicator
      ? saveTo('statisticsIndicators.update', { id: indicator.id, version: version.current(), ...input })
      : saveTo('statisticsIndicators.create', input));
    if (!saved) return;
    if (!indicator) form.reset(values(catalogue));
    onSaved(saved);
  }

  const locked = (indicator?.reportedCells ?? 0) > 0;
  const stock = v.measure === 'stock';
  return (
    <FormFrame
      form={form}
      onSubmit={save}
      label={indicator ? 'Endre indikator' : 'Ny indikator'}
      valuesOf={(stored: Indicator) => values(catalogue, stored)}
    >
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
        options={MEASURES.filter((m) => !locked || m === indicator?.measure).map((m) => ({
          value: m,
          label: MEASURE_LABELS[m],
        }))}
      />
      {terms.length > 0 ? (
        <Fieldset className="indicator-terms">
          <Fieldset.Legend>Regnes ut fra andre indikatorer</Fieldset.Legend>
          <Fieldset.Description>
            {stock
              ? 'Tallet ved slutten av perioden skal være tallet ved slutten av perioden før, pluss det som legges til og minus det som trekkes fra.'
              : 'Tallet skal være summen av det som legges til, minus det som trekkes fra.'}{' '}
            Skjermingen regner med at sammenhengen gjelder, og registreringen sier fra når tallene ikke stemmer.
          </Fieldset.Description>
          {terms.map((term) => (
            <SelectField
              key={term.id}
              form={form}
              name={termField(term.id)}
              label={term.name}
              options={TERM_CHOICES.map((c) => ({ ...c }))}
            />
          ))}
        </Fieldset>
      ) : null}
      <div className="form-actions">
        <PendingButton type="submit" variant={indicator ? 'primary' : 'secondary'} pending={form.pending}>
          {indicator ? 'Lagre indikatoren' : 'Legg til indikator'}
        </PendingButton>
      </div>
    </FormFrame>
  );
}
