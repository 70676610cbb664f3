import { Button } from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router';
import { PendingButton } from './PendingButton';

/** The form's one primary button (a verb) and, with `cancelTo`, «Avbryt», which goes back without saving. */
export function SaveActions({ label, pending, cancelTo }: { label: string; pending: boolean; cancelTo?: string }) {
  const navigate = useNavigate();
  return (
    <div className="form-actions">
      <PendingButton type="submit" pending={pending}>
        {label}
      </PendingButton>
      {cancelTo !== undefined ? (
        <Button variant="secondary" type="button" onClick={() => navigate(cancelTo)}>
          Avbryt
        </Button>
      ) : null}
    </div>
  );
}
