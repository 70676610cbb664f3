import { Fieldset } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { Settings } from '../../../core/settings/contract';
import { Confirmation } from '../forms/Confirmation';
import { DayMonthField } from '../forms/DayMonthField';
import { FormFrame } from '../forms/FormFrame';
import { TextField } from '../forms/fields';
import { useForm } from '../forms/useForm';
import { useSave } from '../forms/useSave';
import { PendingButton } from '../forms/PendingButton';

function toValues(s: Settings) {
  const [month, day] = s.annualReportDueDate.split('-');
  return {
    organisationName: s.organisationName,
    mainContactLeadDays: String(s.mainContactLeadDays),
    trainingReminderDays: String(s.trainingReminderDays),
    dueDay: day ?? '31',
    dueMonth: month ?? '03',
    coverageYears: String(s.coverageYears),
    disclosureK: String(s.disclosureK),
    agreementReviewYears: String(s.agreementReviewYears),
  };
}

/** Numbers are sent as typed when they are not numbers, so the contract can say what is wrong. */
function number(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text.replace(/\s/g, '').replace(',', '.'));
}

export function SettingsForm({ settings }: { settings: Settings }) {
  const form = useForm('settings', toValues(settings));
  const saveTo = useSave(form);
  const [saved, setSaved] = useState(0);
  const v = form.values;

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setSaved(0);
    const result = await saveTo('settings.update', {
      organisationName: v.organisationName,
      mainContactLeadDays: number(v.mainContactLeadDays),
      trainingReminderDays: number(v.trainingReminderDays),
      annualReportDueDate: `${v.dueMonth}-${v.dueDay}`,
      coverageYears: number(v.coverageYears),
      disclosureK: number(v.disclosureK),
      agreementReviewYears: number(v.agreementReviewYears),
    });
    if (!result) return;
    setSaved((n) => n + 1);
  }

  return (
    <FormFrame form={form} onSubmit={save} label="Innstillinger">
      {saved ? <Confirmation key={saved}>Innstillingene er lagret.</Confirmation> : null}
      <Fieldset>
        <Fieldset.Legend>Organisasjon</Fieldset.Legend>
        <TextField form={form} name="organisationName" label="Kommune eller virksomhet" required />
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>Påminnelser</Fieldset.Legend>
        <TextField
          form={form}
          name="mainContactLeadDays"
          label="Varsle om hovedkontaktens funksjonsperiode (dager før den går ut)"
          description="AMU møtes bare noen ganger i året og må rekke å oppnevne en etterfølger. Standard: 120 dager."
        />
        <TextField
          form={form}
          name="trainingReminderDays"
          label="Vis kommende opplæring (dager fram i tid)"
          description="Standard: 14 dager."
        />
        <DayMonthField
          form={form}
          dayName="dueDay"
          monthName="dueMonth"
          errorName="annualReportDueDate"
          legend="Årsrapporten skal være sendt til AMU innen"
          description="Hvert år. Appen minner dere på det hvis årsrapporten for fjoråret ikke er sendt innen denne datoen."
        />
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>Opplæring og statistikk</Fieldset.Legend>
        <TextField
          form={form}
          name="coverageYears"
          label="Ledere regnes som opplært i (år)"
          description="Hvor lenge «Den nødvendige samtalen» teller i dekningsoversikten. Standard: 3 år."
        />
        <TextField
          form={form}
          name="disclosureK"
          label="Skjermingsgrense for publiserte tall"
          description="Tall fra 1 til grensen minus én skjules i alt som publiseres. Standard: 3 (tall under 3 skjules). Tillatt: 3 til 10."
        />
        <TextField
          form={form}
          name="agreementReviewYears"
          label="AKAN-avtalen skal gjennomgås hvert (år)"
          description="Appen varsler når det er gått så lang tid siden avtalen sist ble revidert."
        />
      </Fieldset>
      <div className="form-actions">
        <PendingButton type="submit" pending={form.pending}>
          Lagre innstillinger
        </PendingButton>
      </div>
    </FormFrame>
  );
}
