import { Button } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { Training } from '../../../core/trainings/contract';
import { call } from '../api/client';
import { FormErrors } from '../forms/FormErrors';
import { TextField } from '../forms/fields';
import { useForm } from '../forms/useForm';
import type { SavedState } from './SaveNotice';

export function CancelForm({ training }: { training: Training }) {
  const form = useForm('cancel', { reason: training.cancelReason ?? '' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const saved = await form.submit(() => call('trainings.cancel', { id: training.id, reason: form.values.reason }));
    if (!saved) return;
    await queryClient.invalidateQueries();
    const state: SavedState = {
      saved: `«${saved.title}» er avlyst. Last ned kalenderfilen på nytt og send den til dem som fikk invitasjonen, så forsvinner avtalen fra kalenderne deres.`,
    };
    navigate(`/opplaering/${training.id}`, { state });
  }

  return (
    <form className="form-stack" onSubmit={save} noValidate aria-label="Avlys opplæringen">
      <FormErrors form={form} />
      <TextField form={form} name="reason" label="Hvorfor blir opplæringen avlyst?" required description="Kort, for eksempel «For få påmeldte» eller «Kursholder er syk»." />
      <div className="form-actions">
        <Button type="submit" data-color="danger" disabled={form.pending}>
          Avlys opplæringen
        </Button>
        <Button variant="secondary" type="button" onClick={() => navigate(`/opplaering/${training.id}`)}>
          Tilbake
        </Button>
      </div>
    </form>
  );
}
