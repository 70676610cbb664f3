import { useNavigate } from 'react-router';
import type { Training } from '../../../core/trainings/contract';
import { FormFrame } from '../forms/FormFrame';
import { useForm } from '../forms/useForm';
import { useSave } from '../forms/useSave';
import { formatTime, joinDateTime } from './dateTime';
import type { SavedState } from '../forms/SaveNotice';
import { SaveActions } from '../forms/SaveActions';
import { TimeFields } from './TimeFields';

/** The same course on a new date: everything but the time is copied, nothing of what happened. */
export function CopyForm({ training }: { training: Training }) {
  const form = useForm('copy', {
    start: '',
    startTime: formatTime(training.start),
    end: formatTime(training.end),
    endDate: '',
  });
  const saveTo = useSave(form);
  const navigate = useNavigate();
  const v = form.values;

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const copy = await saveTo('trainings.copy', {
      id: training.id,
      start: joinDateTime(v.start, v.startTime),
      end: joinDateTime(v.endDate || v.start, v.end),
    });
    if (!copy) return;
    const state: SavedState = {
      saved: `Kopien av «${copy.title}» er planlagt. Sjekk sted og kursholder før du sender den til kalenderen.`,
      warnings: copy.warnings,
    };
    navigate(`/opplaering/${copy.id}`, { state });
  }

  return (
    <FormFrame form={form} onSubmit={save} label="Kopier opplæringen">
      <TimeFields form={form} legend="Ny tid" />
      <SaveActions label="Lag kopi" pending={form.pending} cancelTo={`/opplaering/${training.id}`} />
    </FormFrame>
  );
}
