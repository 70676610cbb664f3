import type { CommitteeMember } from '../../../core/committee/contract';
import { FormFrame } from '../forms/FormFrame';
import { focusSoon } from '../forms/focus';
import { DateField, TextField } from '../forms/fields';
import { SaveActions } from '../forms/SaveActions';
import { useForm } from '../forms/useForm';
import { useRecordSave } from '../forms/useRecordSave';
import { formatDate, parseDate } from '../format';

export function committeeValues(m?: CommitteeMember) {
  return {
    name: m?.name ?? '',
    committeeRole: m?.committeeRole ?? '',
    email: m?.email ?? '',
    activeFrom: formatDate(m?.activeFrom),
    activeTo: formatDate(m?.activeTo),
  };
}

export function CommitteeMemberForm({
  existing,
  submitLabel = 'Lagre utvalgsmedlem',
  onSaved,
  formId = 'committee-member',
}: {
  existing?: CommitteeMember;
  submitLabel?: string;
  onSaved: (member: CommitteeMember) => void;
  formId?: string;
}) {
  const form = useForm(formId, committeeValues(existing));
  const { save: saveRecord } = useRecordSave(form, existing, () => committeeValues(existing));
  const v = form.values;

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const input = {
      name: v.name,
      committeeRole: v.committeeRole,
      email: v.email,
      activeFrom: parseDate(v.activeFrom),
      activeTo: parseDate(v.activeTo),
    };
    const saved = await saveRecord('committee.create', 'committee.update', input);
    if (!saved) return;
    if (!existing) {
      form.reset(committeeValues());
      focusSoon(() => document.getElementById(form.fieldId('name')));
    }
    onSaved(saved);
  }

  return (
    <FormFrame form={form} onSubmit={save} label={existing ? 'Endre utvalgsmedlem' : 'Nytt utvalgsmedlem'}>
      <TextField form={form} name="name" label="Navn" required />
      <TextField
        form={form}
        name="committeeRole"
        label="Rolle i utvalget"
        required
        description="For eksempel personal- og kompetanseleder, ruskonsulent eller AKAN-hovedkontakt."
      />
      <TextField form={form} name="email" label="E-post" type="email" />
      <div className="form-row">
        <DateField form={form} name="activeFrom" label="Medlem fra" />
        <DateField form={form} name="activeTo" label="Medlem til" />
      </div>
      <SaveActions label={submitLabel} pending={form.pending} />
    </FormFrame>
  );
}
