import { useNavigate } from 'react-router';
import type { Appointment } from '../../../core/appointments/contract';
import { useRead } from '../api/hooks';
import { unitOptions } from '../components/unitOptions';
import { FormFrame } from '../forms/FormFrame';
import { DateField, SelectField, TextField } from '../forms/fields';
import { useForm } from '../forms/useForm';
import { useRecordSave } from '../forms/useRecordSave';
import { formatDate, parseDate } from '../format';
import { SaveActions } from '../forms/SaveActions';

type Values = {
  role: string;
  personName: string;
  personEmail: string;
  unitId: string;
  decidedBy: string;
  decisionDate: string;
  amuCaseRef: string;
  termStart: string;
  termEnd: string;
  notes: string;
};

export function appointmentValues(a?: Appointment, role = 'mainContact'): Values {
  return {
    role: a?.role ?? role,
    personName: a?.personName ?? '',
    personEmail: a?.personEmail ?? '',
    unitId: a?.unitId ? String(a.unitId) : '',
    decidedBy: a?.decidedBy ?? 'AMU',
    decisionDate: formatDate(a?.decisionDate),
    amuCaseRef: a?.amuCaseRef ?? '',
    termStart: formatDate(a?.termStart),
    termEnd: formatDate(a?.termEnd),
    notes: a?.notes ?? '',
  };
}

function toInput(v: Values) {
  return {
    role: v.role as Appointment['role'],
    personName: v.personName,
    personEmail: v.personEmail,
    unitId: v.role === 'unitContact' && v.unitId ? Number(v.unitId) : null,
    decidedBy: v.decidedBy,
    decisionDate: parseDate(v.decisionDate),
    amuCaseRef: v.amuCaseRef,
    termStart: parseDate(v.termStart),
    termEnd: parseDate(v.termEnd),
    notes: v.notes,
  };
}

function DefaultTermHint({ role, termStart }: { role: string; termStart: string }) {
  const iso = parseDate(termStart);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const result = useRead(
    'appointments.defaultTermEnd',
    { role: role as Appointment['role'], termStart: iso },
    { enabled: valid },
  );
  if (!valid || !result.data) return <>La stå tom for standard funksjonsperiode på to år.</>;
  return <>La stå tom for standard funksjonsperiode på to år: til og med {formatDate(result.data.termEnd)}.</>;
}

export function AppointmentForm({
  existing,
  initialRole,
  onSaved,
}: {
  existing?: Appointment;
  initialRole?: string;
  onSaved?: () => void;
}) {
  const form = useForm('appointment', appointmentValues(existing, initialRole));
  const { save: saveRecord } = useRecordSave(form, existing, () => appointmentValues(existing, initialRole));
  const units = useRead('units.list', {});
  const navigate = useNavigate();
  const v = form.values;

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const saved = await saveRecord('appointments.create', 'appointments.update', toInput(v));
    if (!saved) return;
    if (onSaved) onSaved();
    else navigate('/oppnevninger', { state: { saved: `Oppnevningen av ${saved.personName} er lagret.` } });
  }

  return (
    <FormFrame
      form={form}
      onSubmit={save}
      label={existing ? 'Endre oppnevning' : 'Ny oppnevning'}
      valuesOf={(stored: Appointment) => appointmentValues(stored, initialRole)}
    >
      <SelectField
        form={form}
        name="role"
        label="Rolle"
        required
        options={[
          { value: 'mainContact', label: 'Hovedkontakt (AKAN-hovedkontakt)' },
          { value: 'unitContact', label: 'AKAN-kontakt for en enhet' },
        ]}
      />
      <TextField form={form} name="personName" label="Navn" required />
      <TextField form={form} name="personEmail" label="E-post" type="email" />
      {v.role === 'unitContact' ? (
        <SelectField
          form={form}
          name="unitId"
          label="Enhet"
          required
          placeholder="Velg enhet"
          options={units.data ? unitOptions(units.data) : []}
        />
      ) : null}
      <div className="form-row">
        <TextField form={form} name="decidedBy" label="Oppnevnt av" description="Vanligvis AMU." />
        <DateField form={form} name="decisionDate" label="Vedtaksdato" />
        <TextField form={form} name="amuCaseRef" label="AMU-saksnummer" />
      </div>
      <div className="form-row">
        <DateField form={form} name="termStart" label="Funksjonsperioden starter" required />
        <DateField
          form={form}
          name="termEnd"
          label="Funksjonsperioden slutter"
          description={<DefaultTermHint role={v.role} termStart={v.termStart} />}
        />
      </div>
      <TextField
        form={form}
        name="notes"
        label="Merknader"
        multiline
        counter={2000}
        description="Bare om oppnevningen. Skriv aldri noe om enkeltansattes rusbruk, spill eller oppfølging."
      />
      <SaveActions label="Lagre oppnevning" pending={form.pending} cancelTo={'/oppnevninger'} />
    </FormFrame>
  );
}
