import { Fieldset } from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router';
import type { LinkOption, PlanItem } from '../../../core/plan/contract';
import type { PlanKind, PlanStatus } from '../../../core/plan/labels';
import { useRead } from '../api/hooks';
import { yearOptions } from '../components/FilterSelect';
import { FormFrame } from '../forms/FormFrame';
import { DateField, SelectField, TextField } from '../forms/fields';
import { useForm } from '../forms/useForm';
import { useRecordSave } from '../forms/useRecordSave';
import { formatDate, parseDate } from '../format';
import { kindOptions, quarterOptions, statusOptions } from './labels';
import { doneByText } from './PlanStatusCell';
import { SaveActions } from '../forms/SaveActions';

function itemValues(item: PlanItem | undefined, year: number) {
  return {
    year: String(item?.year ?? year),
    activity: item?.activity ?? '',
    kind: item?.kind ?? 'training',
    responsibleMemberId: item?.responsibleMemberId ? String(item.responsibleMemberId) : '',
    dueDate: formatDate(item?.dueDate),
    dueQuarter: item?.dueQuarter ? String(item.dueQuarter) : '',
    status: item?.manualStatus ?? 'notStarted',
    campaignId: item?.campaignId ? String(item.campaignId) : '',
    trainingId: item?.trainingId ? String(item.trainingId) : '',
    notes: item?.notes ?? '',
  };
}

type Values = ReturnType<typeof itemValues>;

const optionalId = (text: string) => (text ? Number(text) : null);

function toInput(v: Values) {
  return {
    year: Number(v.year),
    activity: v.activity,
    kind: v.kind as PlanKind,
    responsibleMemberId: optionalId(v.responsibleMemberId),
    dueDate: parseDate(v.dueDate),
    dueQuarter: optionalId(v.dueQuarter),
    status: v.status as PlanStatus,
    campaignId: optionalId(v.campaignId),
    trainingId: optionalId(v.trainingId),
    notes: v.notes,
  };
}

/** Link choices of the year, keeping the current link even when it lies in another year. */
function linkChoices(options: LinkOption[] | undefined, current: { id: number | null; title: string | null }) {
  const list = (options ?? []).map((o) => ({
    value: String(o.id),
    label: `${o.title} (${formatDate(o.date)}${o.done ? ', gjennomført' : ''})`,
  }));
  if (current.id !== null && !list.some((o) => o.value === String(current.id)))
    list.unshift({ value: String(current.id), label: current.title ?? '' });
  return list;
}

export function PlanItemForm({ existing, year, years }: { existing?: PlanItem; year: number; years: number[] }) {
  const form = useForm('plan-item', itemValues(existing, year));
  const { save: saveRecord } = useRecordSave(form, existing, () => itemValues(existing, year));
  const members = useRead('committee.list', undefined);
  const v = form.values;
  const chosenYear = Number(v.year);
  const links = useRead('plan.linkOptions', { year: chosenYear });
  const navigate = useNavigate();
  const why = existing ? doneByText(existing) : null;

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const saved = await saveRecord('plan.create', 'plan.update', toInput(v));
    if (!saved) return;
    navigate(`/plan?aar=${saved.year}`, {
      state: { saved: `«${saved.activity}» er lagret i planen for ${saved.year}.` },
    });
  }

  return (
    <FormFrame
      form={form}
      onSubmit={save}
      label={existing ? 'Endre punkt i planen' : 'Nytt punkt i planen'}
      valuesOf={(stored: PlanItem) => itemValues(stored, year)}
    >
      <SelectField
        form={form}
        name="year"
        label="År"
        required
        options={yearOptions([...years, year - 1, chosenYear])}
      />
      <TextField
        form={form}
        name="activity"
        label="Aktivitet"
        required
        counter={300}
        description="Hva skal gjøres, for eksempel «Kurs i Den nødvendige samtalen for nye ledere»."
      />
      <div className="form-row">
        <SelectField form={form} name="kind" label="Type" required options={kindOptions} />
        <SelectField
          form={form}
          name="responsibleMemberId"
          label="Ansvarlig"
          placeholder="Ingen valgt"
          options={(members.data ?? []).map((m) => ({ value: String(m.id), label: `${m.name} (${m.committeeRole})` }))}
        />
      </div>
      <Fieldset>
        <Fieldset.Legend>Frist</Fieldset.Legend>
        <Fieldset.Description>Velg enten en dato eller et kvartal.</Fieldset.Description>
        <div className="form-row">
          <DateField form={form} name="dueDate" label="Dato" />
          <SelectField
            form={form}
            name="dueQuarter"
            label="Eller kvartal"
            placeholder="Ikke valgt"
            options={quarterOptions}
          />
        </div>
      </Fieldset>
      <SelectField
        form={form}
        name="status"
        label="Status"
        required
        options={statusOptions}
        description={why ? `Regnes som fullført uansett: ${why}` : undefined}
      />
      <Fieldset>
        <Fieldset.Legend>Oppfylles av</Fieldset.Legend>
        <Fieldset.Description>
          Koble punktet til opplæringen eller informasjonstiltaket som oppfyller det. Når opplæringen er holdt eller
          tiltaket gjennomført, regnes punktet som fullført.
        </Fieldset.Description>
        <div className="form-row">
          <SelectField
            form={form}
            name="trainingId"
            label={`Opplæring i ${v.year}`}
            placeholder="Ingen"
            options={linkChoices(links.data?.trainings, {
              id: existing?.trainingId ?? null,
              title: existing?.trainingTitle ?? null,
            })}
          />
          <SelectField
            form={form}
            name="campaignId"
            label={`Informasjonstiltak i ${v.year}`}
            placeholder="Ingen"
            options={linkChoices(links.data?.campaigns, {
              id: existing?.campaignId ?? null,
              title: existing?.campaignTitle ?? null,
            })}
          />
        </div>
      </Fieldset>
      <TextField
        form={form}
        name="notes"
        label="Merknader"
        multiline
        counter={2000}
        description="Skriv aldri noe om enkeltansatte."
      />
      <SaveActions label="Lagre punktet" pending={form.pending} cancelTo={`/plan?aar=${v.year}`} />
    </FormFrame>
  );
}
