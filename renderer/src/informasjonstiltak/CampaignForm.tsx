import { Fieldset } from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router';
import type { Audience } from '../../../core/audiences';
import type { Campaign } from '../../../core/campaigns/contract';
import type { CampaignStatus, Channel } from '../../../core/campaigns/labels';
import { useRead } from '../api/hooks';
import { unitOptions } from '../components/unitOptions';
import { ChoicesField, choicesOf } from '../forms/ChoicesField';
import { FormFrame } from '../forms/FormFrame';
import { DateField, SelectField, TextField } from '../forms/fields';
import { useForm } from '../forms/useForm';
import { useRecordSave } from '../forms/useRecordSave';
import { NewThemeInline } from './NewThemeInline';
import { linesOf, wholeNumberInput } from '../forms/values';
import { formatDate, parseDate } from '../format';
import { audienceOptions, channelOptions, statusOptions } from './labels';
import { catalogueOptions } from '../components/FilterBar';
import { SaveActions } from '../forms/SaveActions';

function campaignValues(c?: Campaign) {
  return {
    title: c?.title ?? '',
    themeId: c ? String(c.themeId) : '',
    channels: c?.channels.join(',') ?? '',
    periodStart: formatDate(c?.periodStart),
    periodEnd: formatDate(c?.periodEnd),
    status: c?.status ?? 'planned',
    audiences: c?.audiences.join(',') ?? '',
    unitIds: c?.units.map((u) => u.id).join(',') ?? '',
    estimatedReach: c?.estimatedReach === null || c?.estimatedReach === undefined ? '' : String(c.estimatedReach),
    materials: c?.materials.join('\n') ?? '',
    evaluation: c?.evaluation ?? '',
  };
}

type Values = ReturnType<typeof campaignValues>;

function toInput(v: Values) {
  return {
    title: v.title,
    // No theme chosen is sent as null so the contract answers «Velg et tema.» at the field.
    themeId: v.themeId ? Number(v.themeId) : (null as never),
    channels: choicesOf(v.channels) as Channel[],
    periodStart: parseDate(v.periodStart),
    periodEnd: parseDate(v.periodEnd),
    status: v.status as CampaignStatus,
    audiences: choicesOf(v.audiences) as Audience[],
    unitIds: choicesOf(v.unitIds).map(Number),
    estimatedReach: wholeNumberInput(v.estimatedReach),
    materials: linesOf(v.materials),
    evaluation: v.evaluation,
  };
}

export function CampaignForm({ existing }: { existing?: Campaign }) {
  const form = useForm('campaign', campaignValues(existing));
  const { save: saveRecord } = useRecordSave(form, existing, () => campaignValues(existing));
  const themes = useRead('campaignThemes.list', { includeArchived: true });
  const units = useRead('units.list', { includeArchived: true });
  const navigate = useNavigate();
  const v = form.values;

  // Archived themes and units are offered only where this campaign already uses them.
  const themeOptions = catalogueOptions((themes.data ?? []).filter((t) => !t.archived || t.id === existing?.themeId));
  const kept = new Set(existing?.units.map((u) => u.id));
  const targetUnits = unitOptions((units.data ?? []).filter((u) => !u.archived || kept.has(u.id)));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const saved = await saveRecord('campaigns.create', 'campaigns.update', toInput(v));
    if (!saved) return;
    navigate(`/informasjonstiltak?aar=${saved.periodStart.slice(0, 4)}`, {
      state: { saved: `«${saved.title}» er lagret.` },
    });
  }

  return (
    <FormFrame
      form={form}
      onSubmit={save}
      label={existing ? 'Endre informasjonstiltak' : 'Nytt informasjonstiltak'}
      valuesOf={campaignValues}
    >
      <TextField form={form} name="title" label="Tittel" required />
      <SelectField form={form} name="themeId" label="Tema" required placeholder="Velg tema" options={themeOptions} />
      <NewThemeInline onAdded={(themeId) => form.set('themeId', String(themeId))} />
      <ChoicesField form={form} name="channels" legend="Kanaler" required options={channelOptions} />
      <Fieldset>
        <Fieldset.Legend>Periode</Fieldset.Legend>
        <Fieldset.Description>For et tiltak på én dag skriver du samme dato i begge feltene.</Fieldset.Description>
        <div className="form-row">
          <DateField form={form} name="periodStart" label="Fra" required />
          <DateField form={form} name="periodEnd" label="Til" required />
        </div>
      </Fieldset>
      <SelectField form={form} name="status" label="Status" required options={statusOptions} />
      <ChoicesField
        form={form}
        name="audiences"
        legend="Målgrupper"
        description="Ingen valgt betyr alle ansatte."
        options={audienceOptions}
      />
      <ChoicesField
        form={form}
        name="unitIds"
        legend="Enheter"
        description={
          targetUnits.length > 0
            ? 'Ingen valgt betyr hele kommunen.'
            : 'Ingen enheter er registrert. Tiltaket gjelder da hele kommunen.'
        }
        options={targetUnits}
      />
      <TextField
        form={form}
        name="estimatedReach"
        label="Anslått antall ansatte nådd"
        description="Et helt tall, for eksempel antall mottakere av e-posten eller ansatte i enhetene."
      />
      <TextField
        form={form}
        name="materials"
        label="Lenker til materiell"
        multiline
        rows={3}
        description="Én lenke per linje. Lenken må begynne med https://, for eksempel https://intranett.kommune.no/akan."
      />
      <TextField
        form={form}
        name="evaluation"
        label="Evaluering"
        multiline
        counter={4000}
        description="Hva fungerte, og hva gjør dere annerledes neste gang? Skriv aldri noe om enkeltansatte."
      />
      <SaveActions label="Lagre informasjonstiltak" pending={form.pending} cancelTo={'/informasjonstiltak'} />
    </FormFrame>
  );
}
