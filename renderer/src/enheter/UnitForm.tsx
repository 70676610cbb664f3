import { useNavigate } from 'react-router';
import type { Unit, UnitTreeRow } from '../../../core/units/contract';
import { FormErrors } from '../forms/FormErrors';
import { SelectField, TextField } from '../forms/fields';
import { useForm } from '../forms/useForm';
import { useRecordSave } from '../forms/useRecordSave';
import { wholeNumberInput } from '../forms/values';
import { SaveActions } from '../forms/SaveActions';

function unitValues(u?: Unit, parentId?: string) {
  return {
    name: u?.name ?? '',
    parentId: u?.parentId ? String(u.parentId) : (parentId ?? ''),
    headcount: u?.headcount === null || u?.headcount === undefined ? '' : String(u.headcount),
    leaderCount: u?.leaderCount === null || u?.leaderCount === undefined ? '' : String(u.leaderCount),
  };
}

/** The unit itself and every unit below it: it cannot be moved under any of them. */
function ownBranch(tree: UnitTreeRow[], id: number): Set<number> {
  const start = tree.findIndex((u) => u.id === id);
  if (start < 0) return new Set();
  const depth = tree[start]!.depth;
  const end = tree.findIndex((u, i) => i > start && u.depth <= depth);
  return new Set(tree.slice(start, end < 0 ? undefined : end).map((u) => u.id));
}

export function UnitForm({ existing, tree, parentId }: { existing?: Unit; tree: UnitTreeRow[]; parentId?: string }) {
  const form = useForm('unit', unitValues(existing, parentId));
  const { save: saveRecord } = useRecordSave(form, existing, () => unitValues(existing, parentId));
  const navigate = useNavigate();
  const v = form.values;
  const excluded = existing ? ownBranch(tree, existing.id) : new Set<number>();
  const parents = tree
    .filter((u) => !u.archived && !excluded.has(u.id))
    .map((u) => ({ value: String(u.id), label: u.path }));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const input = {
      name: v.name,
      parentId: v.parentId ? Number(v.parentId) : null,
      headcount: wholeNumberInput(v.headcount),
      leaderCount: wholeNumberInput(v.leaderCount),
    };
    const saved = await saveRecord('units.create', 'units.update', input);
    if (!saved) return;
    navigate('/enheter', { state: { saved: `«${saved.name}» er lagret.` } });
  }

  return (
    <form className="form-stack" onSubmit={save} noValidate aria-label={existing ? 'Endre enhet' : 'Ny enhet'}>
      <FormErrors form={form} />
      <TextField form={form} name="name" label="Navn" required />
      <SelectField
        form={form}
        name="parentId"
        label="Ligger under"
        description="Velg sektoren eller virksomheten enheten hører til. Velg «Øverste nivå» for en sektor."
        placeholder="Øverste nivå (ingen)"
        options={parents}
      />
      <div className="form-row">
        <TextField
          form={form}
          name="headcount"
          label="Antall ansatte"
          description="Omtrent er godt nok. La stå tom for en sektor."
        />
        <TextField
          form={form}
          name="leaderCount"
          label="Antall ledere"
          description="Brukes til å regne ut hvor mange ledere som har fått opplæring."
        />
      </div>
      <SaveActions label="Lagre enhet" pending={form.pending} cancelTo={'/enheter'} />
    </form>
  );
}
