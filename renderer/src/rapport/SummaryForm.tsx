import { useEffect, useState } from 'react';
import { type AnnualSummary, SUMMARY_MAX_LENGTH } from '../../../core/report/model';
import { Confirmation } from '../forms/Confirmation';
import { FormFrame } from '../forms/FormFrame';
import { PendingButton } from '../forms/PendingButton';
import { TextField } from '../forms/fields';
import { useForm } from '../forms/useForm';
import { useSave } from '../forms/useSave';
import { useRecordVersion } from '../forms/recordVersion';

/** The committee's own summary for the year; saved only when the user says so. */
export function SummaryForm({
  summary,
  onDirtyChange,
}: {
  summary: AnnualSummary;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const form = useForm('summary', { summaryText: summary.summaryText ?? '' });
  const [saved, setSaved] = useState(false);
  const version = useRecordVersion(summary, { form, values: () => ({ summaryText: summary.summaryText ?? '' }) });
  const saveTo = useSave(form, version);
  const dirty = form.values.summaryText.trim() !== (summary.summaryText ?? '');

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const result = await saveTo('reports.saveSummary', {
      year: summary.year,
      version: version.current(),
      summaryText: form.values.summaryText,
    });
    if (!result) return;
    setSaved(true);
  }

  return (
    <FormFrame
      form={form}
      onSubmit={save}
      label={`Oppsummering for ${summary.year}`}
      valuesOf={(stored: AnnualSummary) => ({ summaryText: stored.summaryText ?? '' })}
      className="form-stack summary-form"
    >
      <TextField
        form={form}
        name="summaryText"
        label={`Utvalgets oppsummering av ${summary.year}`}
        multiline
        rows={10}
        counter={SUMMARY_MAX_LENGTH}
        description="Kort om hva utvalget fikk til, hva som ikke ble gjort, og planene framover. Kommer på første ark i rapporten, under nøkkeltallene. Skriv aldri noe om enkeltansatte."
      />
      <div className="form-actions">
        <PendingButton type="submit" variant="secondary" pending={form.pending}>
          Lagre oppsummering
        </PendingButton>
      </div>
      {saved && !dirty ? <Confirmation>Oppsummeringen er lagret.</Confirmation> : null}
    </FormFrame>
  );
}
