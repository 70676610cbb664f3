import { Fieldset, Paragraph } from '@digdir/designsystemet-react';
import type { RepeatPattern } from '../../../core/trainings/contract';
import { useRead } from '../api/hooks';
import { SelectField, TextField } from '../forms/fields';
import type { FormState } from '../forms/useForm';
import { formatDate } from '../format';
import { formatTime, joinDateTime } from './dateTime';
import { REPEAT_LABEL } from './labels';
import { type TrainingValues, toRepeatInput } from './trainingInput';

const weekday = new Intl.DateTimeFormat('nb-NO', { weekday: 'long', timeZone: 'UTC' });

function weekdayOf(local: string): string {
  return weekday.format(new Date(`${local.slice(0, 10)}T00:00:00Z`));
}

/** How a session is repeated, with the dates it will get before anything is saved. */
export function SeriesFields({ form }: { form: FormState<TrainingValues> }) {
  const v = form.values;
  const start = joinDateTime(v.start, v.startTime);
  const repeat = toRepeatInput(v);
  const ready =
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(start) &&
    Number.isInteger(repeat.interval) &&
    Number.isInteger(repeat.count);
  const preview = useRead('trainings.previewSeries', { start, repeat }, { enabled: ready });
  const unit = v['repeat.pattern'] === 'weekly' ? 'uker' : 'måneder';
  return (
    <Fieldset>
      <Fieldset.Legend>Gjentakelse</Fieldset.Legend>
      <SelectField
        form={form}
        name="repeat.pattern"
        label="Gjenta"
        options={(Object.keys(REPEAT_LABEL) as RepeatPattern[]).map((value) => ({ value, label: REPEAT_LABEL[value] }))}
      />
      <div className="form-row">
        <TextField
          form={form}
          name="repeat.interval"
          label={`Antall ${unit} mellom hver gang`}
          description={v['repeat.pattern'] === 'weekly' ? '1 betyr hver uke, 2 annenhver uke.' : '1 betyr hver måned.'}
        />
        <TextField
          form={form}
          name="repeat.count"
          label="Antall ganger i alt"
          description="Fra 2 til 52, den første medregnet."
        />
      </div>
      {ready && preview.data ? (
        <div aria-live="polite">
          <Paragraph>Opplæringen blir planlagt disse dagene, kl. {formatTime(start)}:</Paragraph>
          <ol className="series-preview">
            {preview.data.starts.map((s) => (
              <li key={s}>
                {weekdayOf(s)} {formatDate(s)}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </Fieldset>
  );
}
