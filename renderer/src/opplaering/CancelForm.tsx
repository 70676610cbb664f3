import { Button } from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router';
import type { Training } from '../../../core/trainings/contract';
import { FormFrame } from '../forms/FormFrame';
import { useRecordVersion } from '../forms/recordVersion';
import { TextField } from '../forms/fields';
import { useForm } from '../forms/useForm';
import { useSave } from '../forms/useSave';
import type { SavedState } from '../forms/SaveNotice';
import { PendingButton } from '../forms/PendingButton';

export function CancelForm({ training }: { training: Training }) {
  const form = useForm('cancel', { reason: training.cancelReason ?? '' });
  const version = useRecordVersion(training);
  const saveTo = useSave(form, version);
  const navigate = useNavigate();

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const saved = await saveTo('trainings.cancel', {
      id: training.id,
      version: version.current(),
      reason: form.values.reason,
    });
    if (!saved) return;
    const state: SavedState = {
      saved: `«${saved.title}» er avlyst. Last ned kalenderfilen på nytt og send den til dem som fikk invitasjonen, så forsvinner avtalen fra kalenderne deres.`,
    };
    navigate(`/opplaering/${training.id}`, { state });
  }

  return (
    <FormFrame
      form={form}
      onSubmit={save}
      label="Avlys opplæringen"
      valuesOf={(stored: Training) => ({ reason: stored.cancelReason ?? '' })}
    >
      <TextField
        form={form}
        name="reason"
        label="Hvorfor blir opplæringen avlyst?"
        required
        counter={300}
        description="Kort, for eksempel «For få påmeldte» eller «Kursholder er syk»."
      />
      <div className="form-actions">
        <PendingButton type="submit" data-color="danger" pending={form.pending}>
          Avlys opplæringen
        </PendingButton>
        <Button variant="secondary" type="button" onClick={() => navigate(`/opplaering/${training.id}`)}>
          Tilbake
        </Button>
      </div>
    </FormFrame>
  );
}
