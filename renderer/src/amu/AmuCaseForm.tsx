import { Fieldset } from '@digdir/designsystemet-react';
import { Link, useNavigate } from 'react-router';
import type { AmuCase } from '../../../core/amuCases/contract';
import type { AmuCaseKind, AmuCaseStatus } from '../../../core/amuCases/labels';
import { useRead } from '../api/hooks';
import { FormFrame } from '../forms/FormFrame';
import { DateField, SelectField, TextField } from '../forms/fields';
import { useForm } from '../forms/useForm';
import { useRecordSave } from '../forms/useRecordSave';
import { wholeNumberInput } from '../forms/values';
import { formatDate, parseDate } from '../format';
import { kindOptions, statusOptions } from './labels';
import { SaveActions } from '../forms/SaveActions';

export interface CaseDefaults {
  kind: AmuCaseKind;
  reportYear?: number;
}

const DEFAULT_TITLE: Partial<Record<AmuCaseKind, (year?: number) => string>> = {
  annualReport: (year) => `Årsrapport for AKAN-arbeidet ${year ?? ''}`.trim(),
  mainContactAppointment: () => 'Oppnevning av AKAN-hovedkontakt',
  agreementChange: () => 'Endringer i AKAN-avtalen',
};

function caseValues(c: AmuCase | undefined, defaults: CaseDefaults) {
  return {
    kind: c?.kind ?? defaults.kind,
    title: c?.title ?? DEFAULT_TITLE[defaults.kind]?.(defaults.reportYear) ?? '',
    reportYear: c?.reportYear ? String(c.reportYear) : defaults.reportYear ? String(defaults.reportYear) : '',
    appointmentId: c?.appointmentId ? String(c.appointmentId) : '',
    meetingDate: formatDate(c?.meetingDate),
    caseNumber: c?.caseNumber ?? '',
    status: c?.status ?? 'draft',
    decisionText: c?.decisionText ?? '',
    decisionDate: formatDate(c?.decisionDate),
  };
}

type Values = ReturnType<typeof caseValues>;

function toInput(v: Values) {
  return {
    kind: v.kind as AmuCaseKind,
    title: v.title,
    reportYear: v.kind === 'annualReport' ? wholeNumberInput(v.reportYear) : null,
    appointmentId: v.kind === 'mainContactAppointment' && v.appointmentId ? Number(v.appointmentId) : null,
    meetingDate: parseDate(v.meetingDate),
    caseNumber: v.caseNumber,
    status: v.status as AmuCaseStatus,
    decisionText: v.decisionText,
    decisionDate: parseDate(v.decisionDate),
  };
}

export function AmuCaseForm({ existing, defaults }: { existing?: AmuCase; defaults: CaseDefaults }) {
  const form = useForm('amu-case', caseValues(existing, defaults));
  const { save: saveRecord } = useRecordSave(form, existing, () => caseValues(existing, defaults));
  const appointments = useRead('appointments.list', { role: 'mainContact', show: 'all' });
  const navigate = useNavigate();
  const v = form.values;

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const saved = await saveRecord('amuCases.create', 'amuCases.update', toInput(v));
    if (!saved) return;
    // Back to the list of the case's year, where it is shown.
    const dated = saved.meetingDate ?? saved.decisionDate;
    navigate(dated ? `/amu?aar=${dated.slice(0, 4)}` : '/amu', {
      state: { saved: `AMU-saken «${saved.title}» er lagret.` },
    });
  }

  return (
    <FormFrame
      form={form}
      onSubmit={save}
      label={existing ? 'Endre AMU-sak' : 'Ny AMU-sak'}
      valuesOf={(stored: AmuCase) => caseValues(stored, defaults)}
    >
      <SelectField form={form} name="kind" label="Hva gjelder saken?" required options={kindOptions} />
      <TextField form={form} name="title" label="Tittel" required />
      {v.kind === 'annualReport' ? (
        <TextField
          form={form}
          name="reportYear"
          label="Året rapporten gjelder"
          required
          description="Årsrapporten om aktiviteten og planene, for eksempel for fjoråret."
        />
      ) : null}
      {v.kind === 'mainContactAppointment' ? (
        <SelectField
          form={form}
          name="appointmentId"
          label="Oppnevningen AMU vedtok"
          placeholder="Ikke registrert ennå"
          options={(appointments.data?.appointments ?? []).map((a) => ({
            value: String(a.id),
            label: `${a.personName} (${formatDate(a.termStart)}–${formatDate(a.endedEarlyOn ?? a.termEnd)})`,
          }))}
          description={
            <>
              Når AMU har vedtatt, registrer hovedkontakten under{' '}
              <Link to="/oppnevninger/ny?rolle=mainContact">Oppnevninger</Link> og velg oppnevningen her.
            </>
          }
        />
      ) : null}
      <div className="form-row">
        <DateField form={form} name="meetingDate" label="AMU-møte" />
        <TextField form={form} name="caseNumber" label="Saksnummer" description="For eksempel 12/2026." />
      </div>
      <SelectField
        form={form}
        name="status"
        label="Status"
        required
        options={statusOptions}
        description="Utkast: under arbeid. Sendt: meldt til AMU. Behandlet: AMU har behandlet saken."
      />
      <Fieldset>
        <Fieldset.Legend>Vedtak</Fieldset.Legend>
        <Fieldset.Description>Fylles ut når saken er sendt eller behandlet.</Fieldset.Description>
        <TextField form={form} name="decisionText" label="Vedtaket" multiline rows={3} counter={4000} />
        <DateField form={form} name="decisionDate" label="Vedtaksdato" />
      </Fieldset>
      <SaveActions label="Lagre AMU-sak" pending={form.pending} cancelTo={'/amu'} />
    </FormFrame>
  );
}
