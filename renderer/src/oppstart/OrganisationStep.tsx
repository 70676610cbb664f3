import { FormFrame } from '../forms/FormFrame';
import { SaveActions } from '../forms/SaveActions';
import { TextField } from '../forms/fields';
import { useForm } from '../forms/useForm';
import { useSave } from '../forms/useSave';

export function OrganisationStep({ initialName, onDone }: { initialName: string; onDone: () => void }) {
  const form = useForm('organisation', { organisationName: initialName });
  const saveTo = useSave(form);
  async function save(event: React.FormEvent) {
    event.preventDefault();
    const saved = await saveTo('settings.update', {
      organisationName: form.values.organisationName,
      guideStep: 'committee',
    });
    if (saved) onDone();
  }
  return (
    <FormFrame form={form} onSubmit={save} label="Organisasjon">
      <TextField
        form={form}
        name="organisationName"
        label="Navnet på kommunen eller virksomheten"
        required
        counter={120}
        description="Vises i appen og i årsrapporten til AMU."
      />
      <SaveActions label="Lagre og gå videre" pending={form.pending} />
    </FormFrame>
  );
}
