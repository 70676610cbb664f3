import { Checkbox, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Training } from '../../../core/trainings/contract';
import { useRead } from '../api/hooks';
import { unitOptions } from '../components/unitOptions';
import { ChoicesField } from '../forms/ChoicesField';
import { FormFrame } from '../forms/FormFrame';
import { SelectField, TextField } from '../forms/fields';
import { useForm } from '../forms/useForm';
import { useRecordSave } from '../forms/useRecordSave';
import { formatDate } from '../format';
import { audienceOptions } from './labels';
import type { SavedState } from '../forms/SaveNotice';
import { SeriesFields } from './SeriesFields';
import { toRepeatInput, toSessionInput, trainingValues } from './trainingInput';
import { catalogueOptions } from '../components/FilterBar';
import { SaveActions } from '../forms/SaveActions';
import { TimeFields } from './TimeFields';

export function TrainingForm({
  existing,
  prefill,
}: {
  existing?: Training;
  prefill?: { date?: string; topicId?: string };
}) {
  const form = useForm('training', trainingValues(existing, prefill));
  const { save: saveRecord, saveTo } = useRecordSave(form, existing, () => trainingValues(existing));
  const [repeat, setRepeat] = useState(false);
  const topics = useRead('trainingTopics.list', { includeArchived: true });
  const units = useRead('units.list', { includeArchived: true });
  const navigate = useNavigate();
  const v = form.values;

  // Archived topics and units are offered only where this session already uses them.
  const topicOptions = catalogueOptions((topics.data ?? []).filter((t) => !t.archived || t.id === existing?.topicId));
  const invited = new Set(existing?.units.map((u) => u.id));
  const invitable = unitOptions((units.data ?? []).filter((u) => !u.archived || invited.has(u.id)));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (!existing && repeat) {
      const series = await saveTo('trainings.createSeries', { ...toSessionInput(v), repeat: toRepeatInput(v) });
      if (!series) return;
      const state: SavedState = {
        saved: `${series.sessions.length} opplæringer er planlagt, fra ${formatDate(series.sessions[0]?.start)} til ${formatDate(series.sessions.at(-1)?.start)}.`,
      };
      navigate('/opplaering', { state });
      return;
    }
    const saved = await saveRecord('trainings.create', 'trainings.update', toSessionInput(v));
    if (!saved) return;
    const state: SavedState = { saved: `«${saved.title}» er lagret.`, warnings: saved.warnings };
    navigate(`/opplaering/${saved.id}`, { state });
  }

  return (
    <FormFrame
      form={form}
      onSubmit={save}
      label={existing ? 'Endre opplæring' : 'Ny opplæring'}
      valuesOf={(stored: Training) => trainingValues(stored)}
    >
      <SelectField form={form} name="topicId" label="Emne" required placeholder="Velg emne" options={topicOptions} />
      <TextField form={form} name="title" label="Tittel" description="La stå tom for å bruke navnet på emnet." />
      <ChoicesField form={form} name="audiences" legend="Målgruppe" required options={audienceOptions} />
      <TimeFields form={form} legend="Tid" />
      {existing ? null : (
        <>
          <Checkbox
            label="Gjenta opplæringen (for eksempel introduksjon for nyansatte hver måned)"
            checked={repeat}
            onChange={(e) => setRepeat(e.target.checked)}
          />
          {repeat ? <SeriesFields form={form} /> : null}
        </>
      )}
      <div className="form-row">
        <TextField form={form} name="location" label="Sted" description="For eksempel «Rådhuset, møterom Fjorden»." />
        <TextField
          form={form}
          name="videoLink"
          label="Lenke til videomøte"
          description="Hele lenken, som begynner med https://."
        />
      </div>
      <div className="form-row">
        <TextField
          form={form}
          name="facilitators"
          label="Kursholder"
          description="Navn og rolle, for eksempel «Tor Haugen, ruskonsulent»."
        />
        <TextField
          form={form}
          name="capacity"
          label="Antall plasser"
          description="La stå tom hvis det ikke er noen grense."
        />
      </div>
      {!units.data || invitable.length > 0 ? (
        <ChoicesField
          form={form}
          name="unitIds"
          legend="Inviterte enheter"
          description="La alle stå tomme hvis opplæringen er åpen for hele kommunen."
          options={invitable}
        />
      ) : (
        <Paragraph>
          Ingen enheter er registrert, så opplæringen blir åpen for hele kommunen. Vil du invitere enkelte enheter, legg
          dem inn under <Link to="/enheter">Enheter</Link>.
        </Paragraph>
      )}
      <TextField
        form={form}
        name="description"
        label="Beskrivelse"
        multiline
        counter={2000}
        description="Kommer med i kalenderinvitasjonen. Skriv aldri noe om enkeltansatte."
      />
      <SaveActions
        label={!existing && repeat ? 'Planlegg opplæringene' : 'Lagre opplæring'}
        pending={form.pending}
        cancelTo={existing ? `/opplaering/${existing.id}` : '/opplaering'}
      />
    </FormFrame>
  );
}
